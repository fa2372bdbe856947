import { millisecondsIn } from "./format.ts";
import type { BarKind, TimelineLane, TimelineRun } from "./types.ts";
import { formatCount, t, type Locale } from "../lib/i18n/index.ts";

/** The timeline's text alternative: one sentence per lane, in lane order. */
export function summarize(run: TimelineRun, locale: Locale = "en"): string[] {
  return run.lanes.map((lane) => describeLane(lane, run, locale));
}

/** "A: started at 0.00 s, ended at 2.00 s; ran 0.00 s, waited 2.00 s; 2 lines." */
export function describeLane(lane: TimelineLane, run: TimelineRun, locale: Locale = "en"): string {
  const { point, span: length } = run.units ?? millisecondsIn(locale);
  const start = point(lane.start);
  const span =
    lane.end !== undefined
      ? t(locale, "timeline.startedEnded", { start, end: point(lane.end) })
      : t(locale, run.finished ? "timeline.neverFinished" : "timeline.stillGoing", { start });
  const parts = [span];
  if (lane.bars.length > 0) {
    const times = { ran: length(sum(lane, "run")), waited: length(sum(lane, "wait")) };
    parts.push(t(locale, lane.end === undefined ? "timeline.ranWaitedSoFar" : "timeline.ranWaited", times));
  }
  parts.push(countLines(lane.lineCount, locale));
  return `${lane.name}: ${parts.join("; ")}.`;
}

/** One line for a whole run: "ended at 3.00 s, 3 lanes." */
export function describeRun(run: TimelineRun, locale: Locale = "en"): string {
  const { point } = run.units ?? millisecondsIn(locale);
  const when = t(locale, run.finished ? "timeline.endedAt" : "timeline.runningAt", { time: point(run.end) });
  const lanes = run.lanes.length === 1 ? t(locale, "timeline.oneLane") : t(locale, "timeline.lanes", { count: run.lanes.length });
  return `${when}, ${lanes}`;
}

function sum(lane: TimelineLane, kind: BarKind): number {
  return lane.bars.reduce((total, bar) => (bar.kind === kind ? total + (bar.end - bar.start) : total), 0);
}

function countLines(count: number, locale: Locale): string {
  if (count === 0) return t(locale, "timeline.noLines");
  return count === 1 ? t(locale, "timeline.oneLine") : t(locale, "timeline.lines", { count: formatCount(locale, count) });
}
