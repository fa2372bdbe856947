import { isTypingTarget } from "../lib/typing-target";

/** A row of the help overlay: what to press, as shown ("→", "Shift+Space"), and what it does. */
export interface KeyHelp {
  keys: string[];
  action: string;
}

/** What a press needs to be matched; a KeyboardEvent has all of it. */
export type KeyPress = Pick<KeyboardEvent, "key" | "shiftKey" | "ctrlKey" | "altKey" | "metaKey" | "defaultPrevented" | "target" | "preventDefault">;

/** One shortcut a controller (or the page) declares to the deck's keyboard. */
export interface KeyBinding {
  /** `KeyboardEvent.key` values it answers to; "Shift+x" answers only with Shift held, plain "x" with or without. */
  keys: readonly string[];
  /** Does what the key means; the deck has already called preventDefault. */
  run(event: KeyPress): void;
  /** Asked at press time: false passes the key to the next binding for it. */
  when?(event: KeyPress): boolean;
  /** Also while the reader types (a field, an editor, a dialog that owns its keys); a function decides per press. */
  whileTyping?: boolean | ((event: KeyPress) => boolean);
  /** Higher is asked first; equal priorities are asked in the order bound. */
  priority?: number;
  /** Its row in the help overlay; omitted when another binding's row already names the key. */
  help?: KeyHelp;
}

/** Keys under one heading of the help overlay ("Navigate", "Screen", "Trace"…). */
export interface KeyGroup {
  group: string;
  bindings: readonly KeyBinding[];
}

/** The help overlay's content: rows merged by heading, headings in the order first bound. */
export interface HelpSection {
  group: string;
  rows: KeyHelp[];
}

interface Entry {
  binding: KeyBinding;
  order: number;
}

/**
 * The deck's keyboard: every binding, one lookup per press, and the help rows — owned by one deck,
 * as reveal.js's keyboard controller owns its bindings, instead of one document listener per feature.
 */
export class KeyMap {
  private readonly groups: KeyGroup[] = [];
  private readonly byKey = new Map<string, Entry[]>();
  private bound = 0;

  /** `isTyping` is injectable for tests; the page uses the site-wide typing-target check. */
  constructor(private readonly isTyping: (target: EventTarget | null) => boolean = isTypingTarget) {}

  /** Adds a group's bindings; returns the removal. */
  add(group: KeyGroup): () => void {
    this.groups.push(group);
    for (const binding of group.bindings) {
      const entry = { binding, order: this.bound++ };
      for (const key of binding.keys) {
        const entries = [...(this.byKey.get(key) ?? []), entry];
        entries.sort((a, b) => (b.binding.priority ?? 0) - (a.binding.priority ?? 0) || a.order - b.order);
        this.byKey.set(key, entries);
      }
    }
    return () => this.remove(group);
  }

  /** Rows for the help overlay, merged by group in the order groups first appeared. */
  help(): HelpSection[] {
    const sections = new Map<string, KeyHelp[]>();
    for (const { group, bindings } of this.groups) {
      const rows = bindings.flatMap((binding) => (binding.help ? [binding.help] : []));
      if (rows.length > 0 || sections.has(group)) sections.set(group, [...(sections.get(group) ?? []), ...rows]);
    }
    return [...sections].map(([group, rows]) => ({ group, rows }));
  }

  /**
   * Gives a press to the first binding that takes it: never with Ctrl, Alt or Meta (browser and OS
   * shortcuts) or once something else claimed it; "Shift+x" bindings before plain ones; a typing
   * target checked once, and only when some binding answers to the key. True when one ran.
   */
  dispatch(event: KeyPress): boolean {
    if (event.defaultPrevented || event.ctrlKey || event.altKey || event.metaKey) return false;
    const shifted = event.shiftKey ? (this.byKey.get(`Shift+${event.key}`) ?? []) : [];
    const candidates = [...shifted, ...(this.byKey.get(event.key) ?? [])];
    let typing: boolean | undefined;
    for (const { binding } of candidates) {
      const { whileTyping = false } = binding;
      if (whileTyping !== true) {
        typing ??= this.isTyping(event.target);
        if (typing && !(typeof whileTyping === "function" && whileTyping(event))) continue;
      }
      if (binding.when && !binding.when(event)) continue;
      event.preventDefault();
      binding.run(event);
      return true;
    }
    return false;
  }

  /** The one keydown listener; returns its removal. */
  listen(target: Document): () => void {
    const onKey = (event: KeyboardEvent) => void this.dispatch(event);
    target.addEventListener("keydown", onKey);
    return () => target.removeEventListener("keydown", onKey);
  }

  private remove(group: KeyGroup): void {
    const at = this.groups.indexOf(group);
    if (at < 0) return;
    this.groups.splice(at, 1);
    const gone = new Set(group.bindings);
    for (const [key, entries] of this.byKey) {
      const kept = entries.filter((entry) => !gone.has(entry.binding));
      if (kept.length > 0) this.byKey.set(key, kept);
      else this.byKey.delete(key);
    }
  }
}
