import type { Interval } from "./intervals.ts";

/** A moment the guest reported on both clocks: logical `time`, real `realTime` (ms since Run). */
export interface Beat {
  readonly time: number;
  readonly realTime: number;
}

/** A stretch during which code held the event loop, with how coarsely the heartbeat measured it. */
export interface BlockedStretch extends Interval {
  /** Logical ms per heartbeat: details shorter than this are below what the heartbeat can see. */
  readonly resolution: number;
}

/** The guest beats every 100 ms of real time while its event loop is free. */
export const HEARTBEAT_REAL_MS = 100;
/** A silence this long (2.5 beats: timer jitter under load reaches ~60 ms) means code was blocking the loop. */
const SILENCE_REAL_MS = 250;

/**
 * Finds blocked stretches from the guest's heartbeat. Run starts count as a beat at 0/0, and a
 * stretch spans the whole silence (it can start up to one beat late: the heartbeat cannot tell).
 */
export class HeartbeatMonitor {
  private last: Beat = { time: 0, realTime: 0 };
  private heard = false;
  private readonly stretches: BlockedStretch[] = [];

  /** Whether any beat arrived, i.e. run vs wait is known for the module's own code. */
  get known(): boolean {
    return this.heard;
  }

  get blocked(): readonly BlockedStretch[] {
    return this.stretches;
  }

  /** Records a beat; returns whether it ended a blocked stretch. */
  beat(beat: Beat): boolean {
    const realGap = beat.realTime - this.last.realTime;
    if (realGap <= 0) return false; // stale or duplicate
    const previous = this.last;
    this.last = beat;
    this.heard = true;
    if (realGap <= SILENCE_REAL_MS || beat.time <= previous.time) return false;
    const resolution = (HEARTBEAT_REAL_MS * (beat.time - previous.time)) / realGap;
    this.stretches.push({ start: previous.time, end: beat.time, resolution });
    return true;
  }
}
