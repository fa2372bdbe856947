import type { ClockMode } from "../sandbox/protocol/messages.ts";
import { pacingFor } from "./pacing.ts";

/**
 * CPU ms one synchronous turn may take before its work shows on the logical clock: ordinary turns
 * (µs to tens of ms, when traced or on a loaded machine) never move it, so the page and the tests
 * print the same numbers; a busy-wait on `Date.now()` still ends, this much later.
 */
export const TURN_SLACK_MS = 100;

/**
 * Where only wall time can be read (browsers), a thread waiting for a loaded machine, or a pause of
 * the engine's own, looks like work: so the wall time between two reads of the clock counts this
 * much at most. A busy-wait reads it every few µs and still ends; a stalled turn moves no stamp (at
 * scale 2000, a WebKit turn stalled past the slack printed Polgár's 00:50:00 as 01:00:08).
 */
export const WALL_READ_GAP_MS = 10;

/**
 * Logical time of one run, in milliseconds since it started. It is exact in every mode: it moves
 * only when a timer fires (to its due time), by `block` (exactly its ms), and by real CPU work past
 * TURN_SLACK_MS inside one turn (× scale). The mode only decides whether the queue and `block` wait
 * for real time to catch up (paced) or not (virtual).
 */
export interface Clock {
  readonly mode: ClockMode;
  readonly scale: number;
  now(): number;
  /** Real milliseconds since the run started. */
  realElapsed(): number;
  /** Real ms to wait before logical `time` may happen (0 under virtual time, or when the page is late). */
  realDelayUntil(time: number): number;
  /** A timer due at `time` fires: logical time moves there (never back) and a new turn begins. */
  startTurn(time: number): void;
  /** Moves logical time to `time` (never back), outside any turn: the time limit. */
  advanceTo(time: number): void;
  /** `sleepSync`: exactly `ms` more logical ms; when paced, busy-waits until real time has caught up. */
  block(ms: number): void;
  /** Makes "now" the start again (when the snippet begins to evaluate, so loading it costs no logical time). */
  restart(): void;
}

export interface ClockOptions {
  mode: ClockMode;
  /** Logical ms per real ms (the example's scale, or the reader's chosen speed). */
  scale: number;
  realNow: () => number;
  /** CPU ms of this thread, where the environment tells (Node); without it, wall time counts, up to WALL_READ_GAP_MS per read. */
  cpuNow?: () => number;
  /** Runs a callback in a new macrotask: the end of the current turn. */
  macrotask: (callback: () => void) => void;
}

export function createClock({ mode, scale, realNow, cpuNow: threadCpu, macrotask }: ClockOptions): Clock {
  if (!(scale > 0) || !Number.isFinite(scale)) throw new RangeError(`scale must be a positive number, got ${scale}`);
  const pacing = pacingFor(mode, scale);
  const cpuNow = threadCpu ?? realNow;
  const gapCap = threadCpu ? Infinity : WALL_READ_GAP_MS;
  let realStart = realNow();
  /** Logical time when the current turn began (or the last exact step inside it). */
  let base = 0;
  /** The latest logical time read or set: reads never go back. */
  let latest = 0;
  /** CPU time of the current turn's last read; undefined between turns. */
  let lastRead: number | undefined;
  /** The current turn's work so far (since its start or its last exact step), in CPU ms. */
  let work = 0;
  let endPending = false;

  const realElapsed = () => realNow() - realStart;
  // A read outside any turn opens one (user code can run in macrotasks the queue never sees); the
  // next macrotask closes it, so the time between turns never counts as CPU work.
  const openTurn = () => {
    lastRead = cpuNow();
    work = 0;
    if (endPending) return;
    endPending = true;
    macrotask(() => {
      endPending = false;
      lastRead = undefined;
      base = latest; // what the turn read is where the next one starts
    });
  };
  const now = () => {
    if (lastRead === undefined) openTurn();
    const read = cpuNow();
    work += Math.min(read - (lastRead ?? read), gapCap);
    lastRead = read;
    latest = Math.max(latest, base + Math.max(0, work - TURN_SLACK_MS) * scale);
    return latest;
  };
  // An exact step: what the turn read so far is kept, and its CPU work counts again from here.
  const jumpTo = (time: number) => {
    base = latest = Math.max(latest, time);
    if (lastRead === undefined) return;
    lastRead = cpuNow();
    work = 0;
  };

  return {
    mode,
    scale,
    now,
    realElapsed,
    realDelayUntil: (time) => pacing(time, realElapsed()),
    startTurn(time) {
      jumpTo(time);
      openTurn();
    },
    advanceTo: jumpTo,
    block(ms) {
      if (!(ms > 0)) return;
      jumpTo(now() + ms);
      while (pacing(latest, realElapsed()) > 0) {
        // Busy-wait on purpose: this is `time.sleep`, nothing else may run.
      }
      openTurn(); // the wait was the sleep, not CPU work of this turn
    },
    restart() {
      realStart = realNow();
      base = latest = 0;
      openTurn();
    },
  };
}
