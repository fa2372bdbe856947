/**
 * One key handler for every trace on the page: `]`/`[` step the trace the focus is in; in the deck,
 * the trace on the slide shown; otherwise the trace last used. On a deck page the deck's one key
 * listener dispatches them (`stepKeyGroup`); elsewhere the first trace adds a listener of its own.
 */
import type { KeyGroup, KeyPress } from "../deck/api.ts";
import { isTypingTarget } from "../lib/typing-target.ts";
import { STEP_KEYS, stepCommandFor } from "./keys.ts";
import type { TraceView } from "./view/view.ts";

const views = new Set<TraceView>();
let lastUsed: TraceView | undefined;
/** Who hears the keys: nobody yet, this module's own listener, or a deck. */
let heardBy: "nobody" | "own listener" | "deck" = "nobody";

export function listenForStepKeys(view: TraceView): void {
  views.add(view);
  const use = () => (lastUsed = view);
  view.panel.addEventListener("focusin", use);
  view.panel.addEventListener("pointerdown", use);
  view.example.figure.addEventListener("click", use);
  if (heardBy !== "nobody") return;
  heardBy = "own listener";
  document.addEventListener("keydown", onKey);
}

/** The step keys as a deck key group: the deck dispatches them and lists them in its help, so no second listener. */
export function stepKeyGroup(): KeyGroup {
  if (heardBy === "own listener") document.removeEventListener("keydown", onKey);
  heardBy = "deck";
  return {
    group: "keys.group.trace",
    bindings: STEP_KEYS.map(({ key, command, help }) => ({
      keys: [key],
      whileTyping: (event: KeyPress) => inPanel(event.target),
      when: (event: KeyPress) => viewFor(event.target) !== undefined,
      run: (event: KeyPress) => viewFor(event.target)?.command(command),
      ...(help ? { help } : {}),
    })),
  };
}

function onKey(event: KeyboardEvent): void {
  const command = stepCommandFor(event);
  if (!command || event.defaultPrevented) return;
  const target = event.target;
  // The scrubber is an input, but `[` and `]` mean nothing to it.
  if (!inPanel(target) && isTypingTarget(target)) return;
  const view = viewFor(target);
  if (!view) return;
  event.preventDefault();
  view.command(command);
}

const inPanel = (target: EventTarget | null) => target instanceof Element && target.closest("[data-trace-panel]") !== null;

function viewFor(target: EventTarget | null): TraceView | undefined {
  const ready = [...views].filter((view) => view.ready);
  const focused = ready.find((view) => target instanceof Node && view.example.figure.contains(target));
  if (focused) return focused;
  const slide = document.querySelector("[data-canvas] > .slide[data-current]");
  if (slide) return ready.find((view) => slide.contains(view.panel));
  return lastUsed && ready.includes(lastUsed) ? lastUsed : undefined;
}
