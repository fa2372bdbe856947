/**
 * Trace both in a <Compare>: both sides start together, traced, and their frames are drawn on one
 * time axis under the pair, each with a cursor at its own current step; each side keeps its own stepper.
 */
import type { CompareGroup } from "../examples/compare.ts";
import { renderTimeline } from "../timeline/view.ts";
import { sharedAxis } from "../timeline/axis.ts";
import { el } from "./view/dom.ts";
import { pageLocale, t } from "../lib/i18n/index.ts";
import { traceViewFor } from "./trace-run.ts";
import type { TraceView } from "./view/view.ts";

const boards = new WeakMap<HTMLElement, HTMLElement>();

/** Per <Compare>, ends the previous Trace both's redraws of the shared lanes. */
const stopDrawing = new WeakMap<HTMLElement, () => void>();

/** Trace both, or Stop both while either side is busy (`repeat`: a double-click's second click only repeats the start). */
export function traceBoth(compare: HTMLElement, group: CompareGroup, repeat = false): Promise<void> {
  const showBoth = () => drawBothOnOneAxis(compare, group.examples.map(traceViewFor));
  return repeat ? group.run({ trace: true }, showBoth) : group.toggle({ trace: true }, showBoth);
}

/** Once both sides are about to start traced: their lanes are drawn together under the pair. */
function drawBothOnOneAxis(compare: HTMLElement, views: readonly TraceView[]): void {
  const board = boardFor(compare);
  const draw = () => drawBoth(board, views);
  // One drawing per change, however often the pair was traced before.
  stopDrawing.get(compare)?.();
  const unsubscribe = views.map((view) => view.onChange(draw));
  stopDrawing.set(compare, () => unsubscribe.forEach((stop) => stop()));
  compare.toggleAttribute("data-traced", true);
}

/** Where the pair's lanes go: below the sides, beside the run timeline (hidden while traced). */
function boardFor(compare: HTMLElement): HTMLElement {
  let board = boards.get(compare);
  if (!board) {
    board = el("div", { class: "compare-trace", role: "group", "aria-label": t(pageLocale(compare.ownerDocument), "trace.bothTraces") });
    const anchor = compare.querySelector("[data-compare-timeline]") ?? compare.lastElementChild;
    anchor?.after(board);
    boards.set(compare, board);
  }
  return board;
}

function drawBoth(board: HTMLElement, views: readonly TraceView[]): void {
  const runs = views.flatMap((view) => {
    const run = view.timeRun();
    return run ? [{ label: view.example.side ?? view.example.label, model: run }] : [];
  });
  if (runs.length === 0) return;
  renderTimeline(board, runs, sharedAxis(runs.map((run) => run.model), { maxIntervals: 6, locale: pageLocale(board.ownerDocument) }));
}
