import type { ClockMode } from "../sandbox/protocol/messages.ts";

/**
 * The only difference between the clock's modes: how many real ms must still pass before logical
 * `time` may happen, given the real ms elapsed since the run started. Logical time itself is the
 * same in both.
 */
export type Pacing = (time: number, realElapsed: number) => number;

/** Tests and builds: nothing waits, logical time jumps to whatever is due next. */
const virtualPacing: Pacing = () => 0;

/** The page: logical `time` happens once `scale` × real elapsed time reaches it, or at once if the page is late. */
function scaledPacing(scale: number): Pacing {
  return (time, realElapsed) => Math.max(0, time / scale - realElapsed);
}

export function pacingFor(mode: ClockMode, scale: number): Pacing {
  return mode === "virtual" ? virtualPacing : scaledPacing(scale);
}
