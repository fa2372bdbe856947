import { MILLISECONDS } from "./format.ts";
import type { BarKind, TimelineLane, TimelineRun } from "./types.ts";

/** The timeline's text alternative: one sentence per lane, in lane order. */
export function summarize(run: TimelineRun): string[] {
  return run.lanes.map((lane) => describeLane(lane, run));
}

/** "A: started at 0.00 s, ended at 2.00 s; ran 0.00 s, waited 2.00 s; 2 lines." */
export function describeLane(lane: TimelineLane, run: TimelineRun): string {
  const { point, span: length } = run.units ?? MILLISECONDS;
  const span =
    lane.end !== undefined
      ? `started at ${point(lane.start)}, ended at ${point(lane.end)}`
      : `started at ${point(lane.start)}, ${run.finished ? "never finished" : "still going"}`;
  const parts = [span];
  if (lane.bars.length > 0) {
    const sofar = lane.end === undefined ? " so far" : "";
    parts.push(`ran ${length(sum(lane, "run"))}, waited ${length(sum(lane, "wait"))}${sofar}`);
  }
  parts.push(countLines(lane.lineCount));
  return `${lane.name}: ${parts.join("; ")}.`;
}

/** One line for a whole run: "ended at 3.00 s, 3 lanes." */
export function describeRun(run: TimelineRun): string {
  const { point } = run.units ?? MILLISECONDS;
  const when = run.finished ? `ended at ${point(run.end)}` : `running, at ${point(run.end)}`;
  const lanes = run.lanes.length === 1 ? "1 lane" : `${run.lanes.length} lanes`;
  return `${when}, ${lanes}`;
}

function sum(lane: TimelineLane, kind: BarKind): number {
  return lane.bars.reduce((total, bar) => (bar.kind === kind ? total + (bar.end - bar.start) : total), 0);
}

function countLines(count: number): string {
  if (count === 0) return "no lines";
  return count === 1 ? "1 line" : `${count.toLocaleString("en-US")} lines`;
}
