/** The timeline: one run's tasks and logs over time, and several runs on one shared axis. */
export { type AxisOptions, niceStep, sharedAxis } from "./axis.ts";
export { formatAxisLabel, formatDuration } from "./format.ts";
export type { TimelineEntry } from "./layout.ts";
export { TimelineModel, type TimelineModelOptions } from "./model.ts";
export { describeLane, describeRun, summarize } from "./summary.ts";
export type { AxisTick, BarKind, LaneRole, TimelineAxis, TimelineBar, TimelineLane, TimelineMarker, TimelineRun, TimelineUnits } from "./types.ts";
export { destroyTimeline, renderTimeline } from "./view.ts";
