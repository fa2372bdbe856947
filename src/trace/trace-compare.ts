/**
 * Trace both in a <Compare>: both sides start together, traced, and their frames are drawn on one
 * time axis under the pair, each with a cursor at its own current step; each side keeps its own stepper.
 */
import type { Example } from "../examples/example.ts";
import { renderTimeline } from "../timeline/view.ts";
import { sharedAxis } from "../timeline/axis.ts";
import { takeSandbox } from "../sandbox/host/pool.ts";
import { el } from "./view/dom.ts";
import { prepareTrace } from "./trace-run.ts";
import type { RunSource } from "../examples/run-source.ts";
import type { TraceView } from "./view/view.ts";

const boards = new WeakMap<HTMLElement, HTMLElement>();

/** Per <Compare>, ends the previous Trace both's redraws of the shared lanes. */
const stopDrawing = new WeakMap<HTMLElement, () => void>();

export async function traceBoth(compare: HTMLElement, examples: readonly Example[]): Promise<void> {
  if (examples.some((example) => example.running)) return examples.forEach((example) => example.stop());
  const prepared: { source: RunSource; view: TraceView }[] = [];
  for (const example of examples) {
    const trace = await prepareTrace(example);
    if (!trace) return;
    prepared.push(trace);
  }
  const board = boardFor(compare);
  const views = prepared.map(({ view }) => view);
  const draw = () => drawBoth(board, views);
  // One drawing per change, however often the pair was traced before.
  stopDrawing.get(compare)?.();
  const unsubscribe = views.map((view) => view.onChange(draw));
  stopDrawing.set(compare, () => unsubscribe.forEach((stop) => stop()));
  compare.toggleAttribute("data-traced", true);
  const sandboxes = examples.map(() => takeSandbox());
  await Promise.all(sandboxes.map((sandbox) => sandbox.whenReady()));
  await Promise.all(examples.map((example, i) => example.start(prepared[i]!.source, sandboxes[i]!)));
}

/** Where the pair's lanes go: below the sides, beside the run timeline (hidden while traced). */
function boardFor(compare: HTMLElement): HTMLElement {
  let board = boards.get(compare);
  if (!board) {
    board = el("div", { class: "compare-trace", role: "group", "aria-label": "Both traces on one time axis" });
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
  renderTimeline(board, runs, sharedAxis(runs.map((run) => run.model), { maxIntervals: 6 }));
}
