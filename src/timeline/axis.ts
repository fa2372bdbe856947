import { formatAxisLabel } from "./format.ts";
import type { AxisTick, TimelineAxis, TimelineRun } from "./types.ts";
import type { Locale } from "../lib/i18n/index.ts";

const SECOND = 1_000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Steps a reader counts in: 1-2-5 below a minute, then clock-friendly minutes, hours and days. */
const NICE_STEPS: readonly number[] = [
  1, 2, 5, 10, 20, 50, 100, 200, 500,
  SECOND, 2 * SECOND, 5 * SECOND, 10 * SECOND, 15 * SECOND, 30 * SECOND,
  MINUTE, 2 * MINUTE, 5 * MINUTE, 10 * MINUTE, 15 * MINUTE, 30 * MINUTE,
  HOUR, 2 * HOUR, 3 * HOUR, 6 * HOUR, 12 * HOUR,
  DAY, 2 * DAY, 7 * DAY, 14 * DAY, 30 * DAY, 100 * DAY, 365 * DAY,
];

/** What an empty axis spans before anything has happened. */
const EMPTY_END = SECOND;

export interface AxisOptions {
  /** Most intervals between ticks (default 8; fewer on narrow screens). */
  maxIntervals?: number;
  /** How the tick labels write numbers (default English). */
  locale?: Locale;
}

/** The smallest nice step that cuts `end` into at most `maxIntervals` intervals. */
export function niceStep(end: number, maxIntervals = 8): number {
  const limit = Math.max(1, Math.floor(maxIntervals));
  for (const step of NICE_STEPS) if (end / step <= limit) return step;
  const last = NICE_STEPS[NICE_STEPS.length - 1] ?? DAY;
  return Math.ceil(end / limit / last) * last;
}

/**
 * One time axis for runs drawn together, so "sequential 5 s" beside "concurrent 3 s" reads at a glance.
 * Finished runs fit snugly; while any run is live the end rounds up to a tick so bars grow into it
 * instead of the whole axis rescaling every frame.
 */
export function sharedAxis(runs: readonly TimelineRun[], options: AxisOptions = {}): TimelineAxis {
  const latest = Math.max(0, ...runs.map((run) => run.end));
  const live = runs.some((run) => !run.finished);
  const raw = latest > 0 ? latest : EMPTY_END;
  const step = niceStep(raw, options.maxIntervals);
  const end = live ? Math.ceil(raw / step) * step : raw;
  return { end, ticks: ticksUpTo(end, step, options.locale) };
}

function ticksUpTo(end: number, step: number, locale: Locale = "en"): AxisTick[] {
  const ticks: AxisTick[] = [];
  // Multiply rather than accumulate so 0.1-style steps never drift.
  for (let index = 0; index * step <= end * (1 + 1e-9); index += 1) {
    const time = index * step;
    ticks.push({ time, label: formatAxisLabel(time, locale) });
  }
  return ticks;
}
