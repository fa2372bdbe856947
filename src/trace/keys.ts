/**
 * The trace's step keys. `[` and `]` (with Shift: `{` and `}`) are free in the deck — slide keys
 * are arrows, Space, Page Up/Down, Home/End and letters — so stepping never turns the slide.
 * Dependency-free, so a deck's help overlay can list them without loading the trace.
 */
export type StepCommand = "first" | "back" | "forward" | "last";

/** One step key: the `KeyboardEvent.key` it is, what it asks for, and its row in a help overlay (`{` shares `}`'s). */
export interface StepKey {
  key: string;
  command: StepCommand;
  help?: { keys: string[]; action: string };
}

export const STEP_KEYS: readonly StepKey[] = [
  { key: "]", command: "forward", help: { keys: ["]"], action: "keys.traceForward" } },
  { key: "[", command: "back", help: { keys: ["["], action: "keys.traceBack" } },
  { key: "}", command: "last", help: { keys: ["Shift+]", "Shift+["], action: "keys.traceEnds" } },
  { key: "{", command: "first" },
];

/** The step a key press asks for, if it is one of ours (no Ctrl, Alt or Meta). */
export function stepCommandFor(event: Pick<KeyboardEvent, "key" | "ctrlKey" | "altKey" | "metaKey">): StepCommand | undefined {
  if (event.ctrlKey || event.altKey || event.metaKey) return undefined;
  return STEP_KEYS.find(({ key }) => key === event.key)?.command;
}
