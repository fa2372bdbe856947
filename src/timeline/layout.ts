/**
 * Where everything of a timeline goes, in pixels: pure math, no DOM, so it is tested in Node.
 * Sizes derive from the container's font size, so the deck's larger type gives a larger timeline.
 */
import type { LogLevel } from "../sandbox/protocol/messages.ts";
import { MILLISECONDS, millisecondsIn } from "./format.ts";
import { t, type Locale } from "../lib/i18n/index.ts";
import type { LaneRole, TimelineAxis, TimelineLane, TimelineMarker, TimelineRun, TimelineUnits } from "./types.ts";

/** One run to draw, under a group label ("sync", "async"; "" for a lone run). */
export interface TimelineEntry {
  readonly label: string;
  readonly model: TimelineRun;
}

export interface LayoutInput {
  readonly runs: readonly TimelineEntry[];
  readonly axis: TimelineAxis;
  /** Pixels available. */
  readonly width: number;
  /** The container's font size in pixels. */
  readonly fontSize: number;
  /** The page's language, for the end label (default English). */
  readonly locale?: Locale;
}

/** A horizontal stretch in pixels. */
export interface PixelSpan {
  readonly x: number;
  readonly width: number;
}

export interface DotLayout {
  readonly x: number;
  /** "log" when any line is drawn here, else what the trace marked: a pause or a resume. */
  readonly kind: TimelineMarker["kind"];
  /** The most severe level among the lines drawn as this dot. */
  readonly level: LogLevel;
  /** The lines drawn as this dot (several when printed within a pixel of each other). */
  readonly markers: readonly TimelineMarker[];
}

export interface LaneLayout {
  readonly key: string;
  readonly name: string;
  readonly role: LaneRole;
  /** Centre line of the lane. */
  readonly y: number;
  /** The lane's life from start to end (or now): drawn thin, under the bars. */
  readonly life: PixelSpan;
  readonly runs: readonly PixelSpan[];
  readonly waits: readonly PixelSpan[];
  readonly dots: readonly DotLayout[];
}

export interface GroupLayout {
  readonly label: string;
  /** Baseline of the header row (group label and end label). */
  readonly headerY: number;
  /** Top and bottom of the group's lanes. */
  readonly top: number;
  readonly bottom: number;
  readonly lanes: readonly LaneLayout[];
  /** Where the run ended (or is now), with its time. */
  readonly end: { readonly x: number; readonly label: string; readonly anchor: "start" | "end"; readonly finished: boolean };
  /** The run's "you are here" line, if it has one. */
  readonly cursor: number | undefined;
  readonly units: TimelineUnits;
}

export interface TickLayout {
  readonly x: number;
  readonly label: string;
}

export interface TimelineLayout {
  /** The page's language: tooltips are written in it. */
  readonly locale: Locale;
  readonly width: number;
  readonly height: number;
  readonly plotLeft: number;
  readonly plotRight: number;
  /** Left edge of the lane labels. */
  readonly labelX: number;
  readonly gridTop: number;
  readonly axisY: number;
  readonly tickLength: number;
  readonly tickLabelY: number;
  readonly rowHeight: number;
  readonly barHeight: number;
  readonly dotRadius: number;
  /** Logical ms at `plotRight` (the axis end), to turn a pointer's x back into a time. */
  readonly axisEnd: number;
  readonly fonts: { readonly lane: number; readonly group: number; readonly tick: number };
  readonly groups: readonly GroupLayout[];
  readonly ticks: readonly TickLayout[];
}

/** Narrowest drawing: below this the plot would be unreadable anyway. */
const MIN_WIDTH = 240;
/** A run is often microseconds long; keep it visible as a sliver. */
const MIN_RUN_PX = 2;
/** Lane names longer than this are cut with "…". */
const MAX_LABEL_CHARS = 18;
/** Lines listed in one dot's tooltip before "and N more". */
const MAX_TITLE_LINES = 4;
/** Average glyph widths as a share of the font size (monospace lane names, sans labels). */
const MONO_CHAR = 0.6;
const SANS_CHAR = 0.58;

const SEVERITY: Record<LogLevel, number> = { debug: 0, log: 1, info: 1, warn: 2, error: 3 };

export function layoutTimeline(input: LayoutInput): TimelineLayout {
  const f = input.fontSize > 0 ? input.fontSize : 16;
  const locale = input.locale ?? "en";
  const width = Math.max(MIN_WIDTH, Math.floor(input.width));
  const fonts = { lane: round(0.8 * f), group: round(0.8 * f), tick: round(0.75 * f) };
  const rowHeight = 1.75 * f;
  const barHeight = Math.round(0.95 * f);
  const headerHeight = 1.7 * f;

  const laneChars = Math.max(4, ...input.runs.flatMap((run) => run.model.lanes.map((lane) => clip(lane.name).length)));
  const groupChars = Math.max(0, ...input.runs.map((run) => run.label.length));
  const labelWidth = Math.max(laneChars * MONO_CHAR * fonts.lane, groupChars * SANS_CHAR * fonts.group * 1.15);
  const labelX = round(0.6 * f);
  const plotLeft = round(labelX + labelWidth + 0.9 * f);
  const widestTick = Math.max(0, ...input.axis.ticks.map((tick) => tick.label.length)) * SANS_CHAR * fonts.tick;
  const plotRight = round(width - Math.max(f, widestTick / 2 + 0.4 * f));
  const scale = (plotRight - plotLeft) / (input.axis.end > 0 ? input.axis.end : 1);
  const xOf = (time: number) => plotLeft + Math.min(Math.max(time, 0) * scale, plotRight - plotLeft);

  let y = round(0.3 * f);
  const gridTop = y + headerHeight;
  const groups: GroupLayout[] = input.runs.map((run) => {
    const headerY = round(y + 1.2 * f);
    const top = y + headerHeight;
    const lanes = run.model.lanes.map((lane, index) => layoutLane(lane, round(top + (index + 0.5) * rowHeight), xOf, run.model.end));
    const bottom = top + Math.max(1, lanes.length) * rowHeight;
    y = bottom + 0.6 * f;
    const units = run.model.units ?? millisecondsIn(locale);
    const cursor = run.model.cursor === undefined ? undefined : Math.round(xOf(run.model.cursor)) + 0.5;
    return { label: run.label, headerY, top: round(top), bottom: round(bottom), lanes, end: endMarker(run.model, xOf, plotRight, fonts.tick, locale), cursor, units };
  });

  const axisY = Math.round(y) + 0.5; // half-pixel: a 1px axis line stays crisp
  const tickLabelY = round(axisY + 0.35 * f + 1.05 * fonts.tick);
  return {
    locale,
    width,
    height: Math.ceil(tickLabelY + 0.6 * f),
    plotLeft,
    plotRight,
    labelX,
    gridTop: round(gridTop),
    axisY,
    tickLength: round(0.35 * f),
    tickLabelY,
    rowHeight: round(rowHeight),
    barHeight,
    axisEnd: input.axis.end > 0 ? input.axis.end : 1,
    dotRadius: Math.round(Math.max(3, 0.27 * f) * 2) / 2,
    fonts,
    groups,
    ticks: input.axis.ticks.map((tick) => ({ x: Math.round(xOf(tick.time)) + 0.5, label: tick.label })),
  };
}

function layoutLane(lane: TimelineLane, y: number, xOf: (time: number) => number, runEnd: number): LaneLayout {
  const lifeStart = xOf(lane.start);
  const runs: { x0: number; x1: number }[] = [];
  const waits: { x0: number; x1: number }[] = [];
  for (const bar of lane.bars) {
    const x0 = xOf(bar.start);
    const x1 = xOf(bar.end);
    if (bar.kind === "run") mergeInto(runs, x0, Math.max(x1, x0 + MIN_RUN_PX));
    else mergeInto(waits, x0, x1);
  }
  return {
    key: lane.key,
    name: clip(lane.name),
    role: lane.role,
    y,
    life: toSpan({ x0: lifeStart, x1: xOf(lane.end ?? runEnd) }),
    runs: runs.map(toSpan),
    waits: waits.filter((wait) => wait.x1 - wait.x0 >= 0.5).map(toSpan),
    dots: layoutDots(lane.markers, xOf),
  };
}

/** Appends a pixel stretch, merging it with the previous one when they touch (bounds path size by width). */
function mergeInto(spans: { x0: number; x1: number }[], x0: number, x1: number): void {
  const last = spans[spans.length - 1];
  if (last && x0 <= last.x1 + 0.5) last.x1 = Math.max(last.x1, x1);
  else spans.push({ x0, x1 });
}

/** One dot per pixel: lines printed within a pixel of each other share a dot and its tooltip. */
function layoutDots(markers: readonly TimelineMarker[], xOf: (time: number) => number): DotLayout[] {
  const dots: DotLayout[] = [];
  let group: TimelineMarker[] = [];
  let groupX = Number.NEGATIVE_INFINITY;
  const flush = () => {
    if (group.length > 0) dots.push({ x: round(groupX), kind: dotKind(group), level: mostSevere(group), markers: group });
  };
  for (const marker of markers) {
    const x = xOf(marker.time);
    if (x - groupX < 1) {
      group.push(marker);
      continue;
    }
    flush();
    group = [marker];
    groupX = x;
  }
  flush();
  return dots;
}

function dotKind(markers: readonly TimelineMarker[]): TimelineMarker["kind"] {
  return markers.some((marker) => marker.kind === "log") ? "log" : (markers[markers.length - 1]?.kind ?? "log");
}

function mostSevere(markers: readonly TimelineMarker[]): LogLevel {
  return markers.reduce<LogLevel>((worst, marker) => (SEVERITY[marker.level] > SEVERITY[worst] ? marker.level : worst), "debug");
}

/** A dot's tooltip, built only on hover: time and text of each line, a few at most. */
export function describeDot(dot: DotLayout, units: TimelineUnits = MILLISECONDS, locale: Locale = "en"): string {
  const lines = dot.markers.slice(0, MAX_TITLE_LINES).map((marker) => `${units.point(marker.time)} · ${marker.text}`);
  if (dot.markers.length > MAX_TITLE_LINES) lines.push(t(locale, "timeline.andMore", { count: dot.markers.length - MAX_TITLE_LINES }));
  return lines.join("\n");
}

function endMarker(run: TimelineRun, xOf: (time: number) => number, plotRight: number, tickFont: number, locale: Locale = "en"): GroupLayout["end"] {
  const x = Math.round(xOf(run.end)) + 0.5;
  const at = (run.units ?? millisecondsIn(locale)).point(run.end);
  const label = run.finished ? at : t(locale, "timeline.runningEnd", { time: at });
  const labelWidth = label.length * SANS_CHAR * tickFont * 1.1;
  // Label to the right of the line when it fits, else to its left.
  const anchor = x + 6 + labelWidth <= plotRight + tickFont ? "start" : "end";
  return { x, label, anchor, finished: run.finished };
}

function clip(name: string): string {
  return name.length > MAX_LABEL_CHARS ? `${name.slice(0, MAX_LABEL_CHARS - 1)}…` : name;
}

function toSpan(stretch: { x0: number; x1: number }): PixelSpan {
  return { x: round(stretch.x0), width: round(Math.max(0, stretch.x1 - stretch.x0)) };
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
