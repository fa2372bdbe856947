/** The talk's stopwatch as plain data: survives a reload when stored, and is easy to test. */
export interface TimerState {
  /** Epoch ms of the last start, or null while paused / not started. */
  startedAt: number | null;
  /** Ms counted before the last start. */
  banked: number;
}

export const freshTimer: TimerState = { startedAt: null, banked: 0 };

export function elapsedOf(timer: TimerState, now: number): number {
  return timer.banked + (timer.startedAt === null ? 0 : Math.max(0, now - timer.startedAt));
}

export const isRunning = (timer: TimerState) => timer.startedAt !== null;
/** Never started, or reset: the first slide change may start it. */
export const isFresh = (timer: TimerState) => timer.startedAt === null && timer.banked === 0;

export function startTimer(timer: TimerState, now: number): TimerState {
  return isRunning(timer) ? timer : { startedAt: now, banked: timer.banked };
}

export function pauseTimer(timer: TimerState, now: number): TimerState {
  return isRunning(timer) ? { startedAt: null, banked: elapsedOf(timer, now) } : timer;
}

export function toggleTimer(timer: TimerState, now: number): TimerState {
  return isRunning(timer) ? pauseTimer(timer, now) : startTimer(timer, now);
}

/** More talk than any timer this page ran could have counted: a stored figure past it was not written here. */
const longestTalkMs = 7 * 24 * 60 * 60_000;

const isTime = (value: unknown, max = Number.MAX_SAFE_INTEGER): value is number => typeof value === "number" && Number.isFinite(value) && value >= 0 && value <= max;

/** A stored timer, or undefined for anything this page could not have written (so "Infinity:NaN:NaN" never shows). */
export function timerFrom(value: unknown): TimerState | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const { startedAt, banked } = value as Record<string, unknown>;
  if (!(startedAt === null || isTime(startedAt)) || !isTime(banked, longestTalkMs)) return undefined;
  return { startedAt, banked };
}
