/**
 * One key listener for every trace on the page: `]`/`[` step the trace the focus is in; in the deck,
 * the trace on the slide shown; otherwise the trace last used.
 */
import { isTypingTarget } from "../lib/typing-target.ts";
import { stepCommandFor } from "./keys.ts";
import type { TraceView } from "./view/view.ts";

const views = new Set<TraceView>();
let lastUsed: TraceView | undefined;
let listening = false;

export function listenForStepKeys(view: TraceView): void {
  views.add(view);
  const use = () => (lastUsed = view);
  view.panel.addEventListener("focusin", use);
  view.panel.addEventListener("pointerdown", use);
  view.example.figure.addEventListener("click", use);
  if (listening) return;
  listening = true;
  document.addEventListener("keydown", onKey);
}

function onKey(event: KeyboardEvent): void {
  const command = stepCommandFor(event);
  if (!command || event.defaultPrevented) return;
  const target = event.target;
  const inPanel = target instanceof Element && target.closest("[data-trace-panel]") !== null;
  // The scrubber is an input, but `[` and `]` mean nothing to it.
  if (!inPanel && isTypingTarget(target)) return;
  const view = viewFor(target);
  if (!view) return;
  event.preventDefault();
  view.command(command);
}

function viewFor(target: EventTarget | null): TraceView | undefined {
  const ready = [...views].filter((view) => view.ready);
  const focused = ready.find((view) => target instanceof Node && view.example.figure.contains(target));
  if (focused) return focused;
  const slide = document.querySelector("[data-canvas] > .slide[data-current]");
  if (slide) return ready.find((view) => slide.contains(view.panel));
  return lastUsed && ready.includes(lastUsed) ? lastUsed : undefined;
}
