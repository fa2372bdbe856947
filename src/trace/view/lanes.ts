/**
 * A trace as the run timeline draws it (src/timeline): one lane per frame — the top level,
 * each async call, each generator object — with bars for running and suspended, a marker at each
 * pause and resume, and its log lines. Two axes: steps (one column per event, so a generator's
 * whole life at 0 ms still reads), or logical time (to put two traces side by side in <Compare>).
 */
import { niceStep } from "../../timeline/axis.ts";
import { formatAxisLabel, formatDuration } from "../../timeline/format.ts";
import { t } from "../../lib/i18n/index.ts";
import type { AxisTick, TimelineAxis, TimelineBar, TimelineLane, TimelineMarker, TimelineRun, TimelineUnits } from "../../timeline/types.ts";
import type { TraceModel } from "./model.ts";

export type TraceAxis = "steps" | "time";

/** A run shorter than this (logical ms) gets no time ticks but 0 s. */
const AT_ONCE_MS = 50;

/** Lanes drawn at most: past it, only the frames alive at the current step (a trace may hold thousands of calls). */
export const MAX_LANES = 10;

interface LaneBuild {
  key: string;
  name: string;
  role: "main" | "task";
  start: number;
  end: number | undefined;
  bars: TimelineBar[];
  markers: TimelineMarker[];
  lineCount: number;
  /** Since when it has been running or waiting. */
  state: "run" | "wait";
  since: number;
}

/** The lanes of a trace, built once per trace (cheap to re-cut per step). */
export class TraceLanes {
  readonly lanes: TimelineLane[];
  private readonly at: (step: number) => number;

  constructor(
    private readonly model: TraceModel,
    readonly axis: TraceAxis,
  ) {
    // Step i spans [i, i + 1) on the step axis; on the time axis, its event's time.
    this.at = axis === "steps" ? (step) => step : (step) => model.steps[step]?.event.time ?? 0;
    this.lanes = this.build();
  }

  /** The run to draw with the cursor on `step`. */
  run(step: number, finished: boolean): TimelineRun {
    const model = this.model;
    const end = this.axis === "steps" ? model.length : (model.steps[model.length - 1]?.event.time ?? 0);
    const cursor = this.axis === "steps" ? step + 0.5 : (model.steps[step]?.event.time ?? 0);
    return { lanes: this.visibleLanes(step), end, finished, cursor, units: this.units() };
  }

  /**
   * Ticks at the first step at or past each round time (0 s, 1 s, 2 s… by a step that fits the run),
   * labelled with that time: scaled real time has sub-millisecond jitter a label must not show.
   */
  stepAxis(maxTicks = 6): TimelineAxis {
    const steps = this.model.steps;
    const end = Math.max(1, steps.length);
    const total = steps[steps.length - 1]?.event.time ?? 0;
    // A run over within a few ms (a generator's, say) happened "at once": its ms are the machine's jitter.
    if (total < AT_ONCE_MS) return { end, ticks: [{ time: 0, label: formatAxisLabel(0, this.model.locale) }] };
    const interval = niceStep(total, maxTicks);
    const gap = end / maxTicks;
    const ticks: AxisTick[] = [];
    let next = 0;
    for (const step of steps) {
      if (step.event.time < next) continue;
      const round = Math.floor(step.event.time / interval) * interval;
      next = round + interval;
      const previous = ticks[ticks.length - 1];
      if (previous && step.index - previous.time < gap) continue;
      ticks.push({ time: step.index, label: formatAxisLabel(round, this.model.locale) });
    }
    return { end, ticks };
  }

  private units(): TimelineUnits | undefined {
    if (this.axis === "time") return undefined;
    const steps = this.model.steps;
    const locale = this.model.locale;
    const duration = (ms: number) => formatDuration(ms, locale);
    return {
      point: (time) => {
        if (time >= steps.length) return t(locale, "trace.endAt", { time: duration(steps[steps.length - 1]?.event.time ?? 0) });
        const step = steps[Math.max(0, Math.floor(time))];
        return step ? t(locale, "trace.stepAt", { n: step.index + 1, time: duration(step.event.time) }) : t(locale, "trace.stepN", { n: Math.floor(time) + 1 });
      },
      span: (length) => (Math.round(length) === 1 ? t(locale, "trace.oneStep") : t(locale, "trace.steps", { count: Math.round(length) })),
    };
  }

  private visibleLanes(step: number): TimelineLane[] {
    if (this.lanes.length <= MAX_LANES) return this.lanes;
    const at = this.at(step);
    const alive = this.lanes.filter((lane) => lane.role === "main" || (lane.start <= at && (lane.end === undefined || lane.end >= at)));
    return alive.slice(0, MAX_LANES);
  }

  private build(): TimelineLane[] {
    const lanes = new Map<number, LaneBuild>();
    const close = (lane: LaneBuild, at: number, next: "run" | "wait") => {
      if (at > lane.since) lane.bars.push({ kind: lane.state, start: lane.since, end: at });
      lane.state = next;
      lane.since = at;
    };
    const middle = (step: number) => (this.axis === "steps" ? step + 0.5 : this.at(step));
    for (const step of this.model.steps) {
      const { event, frame } = step;
      const at = this.at(step.index);
      if (event.kind === "frame" && frame) {
        const started = frame.fn.kind === "module" || frame.fn.kind === "async";
        lanes.set(frame.id, {
          key: `frame-${frame.id}`,
          name: frame.label,
          role: frame.fn.kind === "module" ? "main" : "task",
          start: at,
          end: undefined,
          bars: [],
          markers: [],
          lineCount: 0,
          state: started ? "run" : "wait",
          since: at,
        });
        continue;
      }
      const lane = frame ? lanes.get(frame.id) : undefined;
      if (!lane) continue;
      switch (event.kind) {
        case "start":
        case "resume":
          close(lane, at, "run");
          lane.markers.push({ kind: "resume", time: middle(step.index), text: step.text, level: "info" });
          break;
        case "suspend":
          close(lane, this.axis === "steps" ? at + 1 : at, "wait");
          lane.markers.push({ kind: "pause", time: middle(step.index), text: step.text, level: "info" });
          break;
        case "return":
        case "throw": {
          const end = this.axis === "steps" ? at + 1 : at;
          close(lane, end, lane.state);
          lane.end = end;
          break;
        }
        case "log":
          lane.lineCount += 1;
          lane.markers.push({ kind: "log", time: middle(step.index), text: event.text, level: event.level });
          break;
        default:
          break;
      }
    }
    const end = this.axis === "steps" ? this.model.length : this.at(this.model.length - 1);
    return [...lanes.values()].map((lane) => {
      if (lane.end === undefined) close(lane, end, lane.state);
      return { key: lane.key, name: lane.name, role: lane.role, start: lane.start, end: lane.end, bars: lane.bars, markers: lane.markers, lineCount: lane.lineCount };
    });
  }
}
