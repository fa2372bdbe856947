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

/** Reads a stored timer, forgiving anything malformed. */
export function parseTimer(text: string | null): TimerState {
  try {
    const value = JSON.parse(text ?? "") as Partial<TimerState>;
    const startedAt = typeof value.startedAt === "number" ? value.startedAt : null;
    const banked = typeof value.banked === "number" && value.banked >= 0 ? value.banked : 0;
    return { startedAt, banked };
  } catch {
    return freshTimer;
  }
}
