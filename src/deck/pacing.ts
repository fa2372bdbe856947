/** Pacing of a talk against its planned duration: pure arithmetic, unit-tested. */

export interface PacingInput {
  /** Time spent talking so far, in ms. */
  elapsedMs: number;
  /** Planned length of the talk, in minutes (the lesson's `duration`). */
  durationMinutes: number;
  /** 0-based index of the slide on screen. */
  index: number;
  /** Slides in the deck. */
  total: number;
}

export type PacingStatus = "on-time" | "ahead" | "behind";

export interface Pacing {
  status: PacingStatus;
  /** Whole minutes ahead or behind (0 when on time). */
  minutes: number;
  /** Slide position the plan expects now: elapsed / duration × total (may be fractional). */
  expected: number;
  /** Past the planned duration. */
  overtime: boolean;
  /** "on time", "2 min behind", "1 min ahead". */
  label: string;
}

/**
 * The plan gives every slide an equal share of the talk. The speaker is on time while the
 * clock sits inside the current slide's share; otherwise the gap, in slides, becomes minutes.
 */
export function pacing({ elapsedMs, durationMinutes, index, total }: PacingInput): Pacing {
  const durationMs = Math.max(1, durationMinutes) * 60_000;
  const slides = Math.max(1, total);
  const expected = (Math.max(0, elapsedMs) / durationMs) * slides;
  const slideMinutes = durationMinutes / slides;
  const behindSlides = Math.max(0, expected - (index + 1));
  const aheadSlides = Math.max(0, index - expected);
  const minutes = Math.round(Math.max(behindSlides, aheadSlides) * slideMinutes);
  const status: PacingStatus = minutes === 0 ? "on-time" : behindSlides > 0 ? "behind" : "ahead";
  const label = status === "on-time" ? "on time" : `${minutes} min ${status}`;
  return { status, minutes, expected, overtime: elapsedMs > durationMs, label };
}

/** "0:07", "12:34", "1:02:03": a timer's face. */
export function formatElapsed(ms: number): string {
  const seconds = Math.floor(Math.max(0, ms) / 1000);
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = String(seconds % 60).padStart(2, "0");
  return h > 0 ? `${h}:${String(m).padStart(2, "0")}:${s}` : `${m}:${s}`;
}
