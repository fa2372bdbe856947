/**
 * What a timeline draws, whatever built it: today a run's tasks and logs (`TimelineModel`),
 * later the trace's generator objects and async calls (issue 8). Times are logical ms since Run.
 */
import type { LogLevel } from "../sandbox/protocol/messages.ts";

/** A stretch of a lane: `run` while its code ran, `wait` while it was suspended or idle. */
export type BarKind = "run" | "wait";

export interface TimelineBar {
  readonly kind: BarKind;
  readonly start: number;
  readonly end: number;
}

/** A point on a lane: a log line, or (in a trace, issue 8) where a frame paused or resumed. */
export interface TimelineMarker {
  readonly kind: "log" | "pause" | "resume";
  readonly time: number;
  readonly text: string;
  readonly level: LogLevel;
}

/** `main` is the module's own code (logs without a task); `task` is a named runtime task. */
export type LaneRole = "main" | "task";

export interface TimelineLane {
  /** Stable identity across re-renders (task id, or "main"). */
  readonly key: string;
  readonly name: string;
  readonly role: LaneRole;
  readonly start: number;
  /** When it settled; undefined while it is still alive. */
  readonly end: number | undefined;
  /** Sorted, non-overlapping; empty when nothing is known about run vs wait (e.g. main on virtual time). */
  readonly bars: readonly TimelineBar[];
  /** Sorted by time; may hold only the newest markers of a flooded run. */
  readonly markers: readonly TimelineMarker[];
  /** Log lines printed on this lane (all of them, even those no longer kept as markers). */
  readonly lineCount: number;
}

/** How a run's "time" reads when it is not milliseconds (a trace's axis counts steps). */
export interface TimelineUnits {
  /** A point: "step 12 · 1.00 s". */
  point(time: number): string;
  /** A length: "5 steps". */
  span(duration: number): string;
}

/** One run as the view and the summary read it. */
export interface TimelineRun {
  /** In order of first appearance. */
  readonly lanes: readonly TimelineLane[];
  /** The run's end once finished, else the latest time it reported. */
  readonly end: number;
  readonly finished: boolean;
  /** A "you are here" line (a trace's current step); none when undefined. */
  readonly cursor?: number;
  /** Default: logical milliseconds. */
  readonly units?: TimelineUnits;
}

export interface AxisTick {
  readonly time: number;
  readonly label: string;
}

/** A time axis shared by the runs drawn together. */
export interface TimelineAxis {
  /** Logical ms at the right edge of the plot. */
  readonly end: number;
  readonly ticks: readonly AxisTick[];
}
