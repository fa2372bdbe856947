/**
 * Every key the deck answers to, registered by the module that handles it, so the help
 * overlay (?) lists them all, including keys added by features outside the deck engine.
 */
export interface KeyHelp {
  /** What to press, as shown: "→", "Space", "Shift+Space", "G then a number". */
  keys: string[];
  /** What it does, as a short phrase. */
  action: string;
}

export interface KeyGroup {
  /** Heading in the help overlay: "Navigate", "Present", "Trace"… */
  group: string;
  bindings: KeyHelp[];
}

const registry = new Set<KeyGroup>();

/** Adds keys to the help overlay; returns the unregister. */
export function registerKeys(group: string, bindings: KeyHelp[]): () => void {
  const entry = { group, bindings };
  registry.add(entry);
  return () => registry.delete(entry);
}

/** Registered keys, merged by group, in the order groups first appeared. */
export function registeredKeys(): KeyGroup[] {
  const groups = new Map<string, KeyHelp[]>();
  for (const { group, bindings } of registry) groups.set(group, [...(groups.get(group) ?? []), ...bindings]);
  return [...groups].map(([group, bindings]) => ({ group, bindings }));
}

/** True for a plain key press (no Ctrl, Alt or Meta) that a deck shortcut may claim. */
export function isPlainKey(event: KeyboardEvent): boolean {
  return !event.ctrlKey && !event.altKey && !event.metaKey && !event.defaultPrevented;
}
