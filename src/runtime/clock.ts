import type { ClockMode } from "../sandbox/protocol/messages.ts";

/** Logical time of one run, in milliseconds since it started. */
export interface Clock {
  readonly mode: ClockMode;
  readonly scale: number;
  now(): number;
  /** Real milliseconds since the run started. */
  realElapsed(): number;
  /** Moves logical time forward to `time` (never back): virtual time jumps; real time holds it as a floor. */
  advanceTo(time: number): void;
  /** Blocks for `ms` logical ms: busy-waits `ms / scale` real ms, or jumps the virtual clock. */
  block(ms: number): void;
  /** Makes "now" the start again (when the snippet begins to evaluate, so loading it costs no logical time). */
  restart(): void;
}

export interface ClockOptions {
  mode: ClockMode;
  /** Logical ms per real ms (1 = real time). */
  scale: number;
  realNow: () => number;
}

export function createClock({ mode, scale, realNow }: ClockOptions): Clock {
  if (!(scale > 0) || !Number.isFinite(scale)) throw new RangeError(`scale must be a positive number, got ${scale}`);
  let realStart = realNow();
  // Real mode: scaled real time, but never earlier than the due time of a timer that already fired
  // (a real timer may fire a fraction of a ms early); virtual mode: just this value.
  let floor = 0;
  const scaled = () => (realNow() - realStart) * scale;
  const now = mode === "virtual" ? () => floor : () => Math.max(floor, scaled());
  return {
    mode,
    scale,
    now,
    realElapsed: () => realNow() - realStart,
    advanceTo(time) {
      if (time > floor) floor = time;
    },
    block(ms) {
      if (!(ms > 0)) return;
      if (mode === "virtual") {
        floor += ms;
        return;
      }
      const until = now() + ms;
      while (scaled() < until) {
        // Busy-wait on purpose: this is `time.sleep`, nothing else may run.
      }
    },
    restart() {
      realStart = realNow();
      floor = 0;
    },
  };
}
