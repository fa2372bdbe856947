/**
 * A timeline draws a bounded number of lanes: past the cap, the rest are one lane named
 * "N more tasks", with their dots, so the picture and its text say what was left out.
 */
import type { TimelineEntry } from "./layout.ts";
import type { TimelineLane, TimelineMarker, TimelineRun } from "./types.ts";
import { formatCount, t, type Locale } from "../lib/i18n/index.ts";

/** Lanes drawn per run, the "more" lane included (20,000 drawn lanes froze the page ~9 s). */
export const MAX_DRAWN_LANES = 50;

/** `run` with at most `max` lanes: the main lane and the first tasks, then one that stands for all the other tasks. */
export function capLanes(run: TimelineRun, max = MAX_DRAWN_LANES, locale: Locale = "en"): TimelineRun {
  const lanes = run.lanes;
  if (lanes.length <= max) return run;
  const shown: TimelineLane[] = [];
  const folded: TimelineLane[] = [];
  let tasksLeft = max - 1 - (lanes.some((lane) => lane.role === "main") ? 1 : 0);
  for (const lane of lanes) {
    if (lane.role === "main") shown.push(lane);
    else if (tasksLeft-- > 0) shown.push(lane);
    else folded.push(lane);
  }
  return { lanes: [...shown, moreLane(folded, locale)], end: run.end, finished: run.finished, cursor: run.cursor, units: run.units };
}

/** Each entry of a drawing with its lanes capped. */
export function capEntries(entries: readonly TimelineEntry[], max = MAX_DRAWN_LANES, locale: Locale = "en"): TimelineEntry[] {
  return entries.map((entry) => ({ label: entry.label, model: capLanes(entry.model, max, locale) }));
}

function moreLane(rest: readonly TimelineLane[], locale: Locale): TimelineLane {
  let start = Infinity;
  let end: number | undefined = -Infinity;
  let lineCount = 0;
  const markers: TimelineMarker[] = [];
  for (const lane of rest) {
    start = Math.min(start, lane.start);
    end = end === undefined || lane.end === undefined ? undefined : Math.max(end, lane.end);
    lineCount += lane.lineCount;
    markers.push(...lane.markers);
  }
  markers.sort((a, b) => a.time - b.time);
  return { key: "more-lanes", name: t(locale, "timeline.moreTasks", { count: formatCount(locale, rest.length) }), role: "task", start, end, bars: [], markers, lineCount };
}
