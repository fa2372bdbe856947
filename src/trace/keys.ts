/**
 * The trace's step keys. `[` and `]` (with Shift: `{` and `}`) are free in the deck — slide keys
 * are arrows, Space, Page Up/Down, Home/End and letters — so stepping never turns the slide.
 * Dependency-free, so the deck's help overlay can list them without loading the trace.
 */
import type { KeyHelp } from "../deck/keys.ts";

export type StepCommand = "first" | "back" | "forward" | "last";

export const TRACE_KEY_BINDINGS: KeyHelp[] = [
  { keys: ["]"], action: "Trace: step forward" },
  { keys: ["["], action: "Trace: step back" },
  { keys: ["Shift+]", "Shift+["], action: "Trace: last / first step" },
];

const COMMANDS: Record<string, StepCommand> = { "]": "forward", "[": "back", "}": "last", "{": "first" };

/** The step a key press asks for, if it is one of ours (no Ctrl, Alt or Meta). */
export function stepCommandFor(event: Pick<KeyboardEvent, "key" | "ctrlKey" | "altKey" | "metaKey">): StepCommand | undefined {
  if (event.ctrlKey || event.altKey || event.metaKey) return undefined;
  return COMMANDS[event.key];
}
