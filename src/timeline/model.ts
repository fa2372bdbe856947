import type { ClockMode, GuestMessage, LogLine, TaskLane, TaskSpan } from "../sandbox/protocol/messages.ts";
import { type Beat, HeartbeatMonitor } from "./heartbeat.ts";
import { type Interval, subtract, union } from "./intervals.ts";
import type { LaneRole, TimelineBar, TimelineLane, TimelineMarker, TimelineRun } from "./types.ts";

/** Markers kept per run (the newest), like the output panel's line cap: a flood must not grow memory. */
const MAX_MARKERS = 2_000;
/** Trim in batches so a flood costs one splice per 500 lines, not one per line. */
const TRIM_SLACK = 500;
/** Longest marker text kept (it only feeds a tooltip). */
const MAX_MARKER_TEXT = 200;

export interface TimelineModelOptions {
  /** Name of the lane for logs printed outside any task (default "main"). */
  mainName?: string;
  /** The run's clock. On virtual time the heartbeat says nothing about blocking, so it is ignored. */
  mode?: ClockMode;
}

/** What the model knows about one lane while messages stream in. */
interface LaneRecord {
  readonly key: string;
  readonly role: LaneRole;
  readonly name: string;
  start: number;
  end: number | undefined;
  /** Announced by a task message: only then are gaps between its spans known to be waits. */
  announced: boolean;
  readonly spans: TimelineBar[];
  spansSorted: boolean;
  lineCount: number;
}

interface KeptMarker {
  readonly lane: LaneRecord;
  readonly marker: TimelineMarker;
}

/**
 * One run's timeline, built incrementally from the guest's messages (feed them all to `receive`,
 * or use the typed adders). Derived lanes are recomputed lazily, at most once per change, and a
 * lane's bars only when read: a drawing of 20,000 tasks reads those of the ~50 it shows.
 */
export class TimelineModel implements TimelineRun {
  private readonly mainName: string;
  private readonly heartbeat: HeartbeatMonitor | undefined;
  private readonly order: LaneRecord[] = [];
  private readonly tasksById = new Map<number, LaneRecord>();
  private readonly tasksByName = new Map<string, LaneRecord[]>();
  private mainLane: LaneRecord | undefined;
  private readonly kept: KeptMarker[] = [];
  private latest = 0;
  private endTime: number | undefined;
  private revision = 0;
  private derived: { revision: number; lanes: readonly TimelineLane[] } = { revision: -1, lanes: [] };
  /** Bumped when any task's spans, end or announcement change: what the union of their runs depends on. */
  private tasksRevision = 0;
  private taskRuns: { revision: number; runs: readonly Interval[] } = { revision: -1, runs: [] };
  /** Bars of each task lane worked out so far (how many were is what `barsWorkedOut` reports). */
  private worked = 0;

  constructor(options: TimelineModelOptions = {}) {
    this.mainName = options.mainName ?? "main";
    this.heartbeat = options.mode === "virtual" ? undefined : new HeartbeatMonitor();
  }

  /** Any guest message; the ones the timeline does not use are ignored. */
  receive(message: GuestMessage): void {
    switch (message.type) {
      case "logs":
        for (const line of message.lines) this.addLog(line);
        return;
      case "task":
        return this.addTask(message);
      case "span":
        return this.addSpan(message);
      case "tick":
        return this.addTick(message);
      case "done":
        return this.finish(message.time, message.realTime);
      case "error":
        // A timeout is final and carries no time: the run ends where it was last seen.
        if (message.kind === "timeout") this.finish(this.latest);
        return;
      default:
        return;
    }
  }

  /** A task's lane: posted when it starts, and again with `end` when it settles. */
  addTask(lane: TaskLane): void {
    const record = this.tasksById.get(lane.id) ?? this.createTask(lane.id, lane.name, lane.start);
    record.announced = true;
    if (lane.end !== undefined) record.end = lane.end;
    this.tasksRevision += 1;
    this.touch(lane.end ?? lane.start);
  }

  /** A run or wait stretch of a task. */
  addSpan(span: TaskSpan): void {
    const record = this.tasksById.get(span.id) ?? this.createTask(span.id, span.task, span.start);
    appendSpan(record, { kind: span.kind, start: span.start, end: span.end });
    this.tasksRevision += 1;
    this.touch(span.end);
  }

  /** A console line: a dot on its task's lane, or on the main lane. */
  addLog(line: LogLine): void {
    const lane = line.task === undefined ? this.ensureMain() : this.laneForTask(line.task, line.time);
    lane.lineCount += 1;
    if (lane.role === "task" && !lane.announced) lane.end = Math.max(lane.end ?? line.time, line.time);
    const text = line.text.length > MAX_MARKER_TEXT ? `${line.text.slice(0, MAX_MARKER_TEXT)}…` : line.text;
    this.kept.push({ lane, marker: { kind: "log", time: line.time, text, level: line.level } });
    if (this.kept.length > MAX_MARKERS + TRIM_SLACK) this.kept.splice(0, this.kept.length - MAX_MARKERS);
    this.touch(line.time);
  }

  /** The guest's heartbeat: silences reveal when the module's own code held the event loop. */
  addTick(tick: Beat): void {
    if (this.heartbeat?.beat(tick)) this.ensureMain();
    this.touch(tick.time);
  }

  /** The run is over at logical `time` (pass `realTime` from `done` so a final silence counts). */
  finish(time: number, realTime?: number): void {
    if (realTime !== undefined) this.addTick({ time, realTime });
    this.endTime = Math.max(time, 0);
    this.touch(time);
  }

  get finished(): boolean {
    return this.endTime !== undefined;
  }

  get end(): number {
    return this.endTime ?? this.latest;
  }

  get lanes(): readonly TimelineLane[] {
    if (this.derived.revision !== this.revision) this.derived = { revision: this.revision, lanes: this.deriveLanes() };
    return this.derived.lanes;
  }

  /** How many task lanes' bars were worked out since the run began: the work `lanes` did, for tests. */
  get barsWorkedOut(): number {
    return this.worked;
  }

  private touch(time: number): void {
    if (Number.isFinite(time)) this.latest = Math.max(this.latest, time);
    this.revision += 1;
  }

  private createTask(id: number, name: string, start: number): LaneRecord {
    const record = newRecord(`task-${id}`, "task", name, start);
    this.tasksById.set(id, record);
    this.register(record);
    return record;
  }

  /** The live task of that name at `time`, else the latest of that name, else a lane known only by its logs. */
  private laneForTask(name: string, time: number): LaneRecord {
    const candidates = this.tasksByName.get(name) ?? [];
    for (let index = candidates.length - 1; index >= 0; index -= 1) {
      const candidate = candidates[index];
      if (candidate && candidate.start <= time && (candidate.end === undefined || candidate.end >= time)) return candidate;
    }
    const latest = candidates[candidates.length - 1];
    if (latest) return latest;
    const record = newRecord(`name-${name}`, "task", name, time);
    this.register(record);
    return record;
  }

  private ensureMain(): LaneRecord {
    this.mainLane ??= this.register(newRecord("main", "main", this.mainName, 0));
    return this.mainLane;
  }

  private register(record: LaneRecord): LaneRecord {
    this.order.push(record);
    if (record.role !== "task") return record;
    const sameName = this.tasksByName.get(record.name);
    if (sameName) sameName.push(record);
    else this.tasksByName.set(record.name, [record]);
    return record;
  }

  private deriveLanes(): TimelineLane[] {
    const markers = groupMarkers(this.kept);
    const runEnd = this.end;
    const lanes: TimelineLane[] = [];
    for (const record of this.order) {
      if (record.role === "task") {
        lanes.push(this.taskLane(record, runEnd, markers.get(record) ?? []));
        continue;
      }
      const bars = this.barsOfMain();
      // A main lane seen only through a heartbeat silence that tasks explain has nothing to show.
      if (record.lineCount === 0 && !bars.some((bar) => bar.kind === "run")) continue;
      lanes.push({ key: record.key, name: record.name, role: record.role, start: record.start, end: this.endTime, bars, markers: markers.get(record) ?? [], lineCount: record.lineCount });
    }
    return lanes;
  }

  private taskLane(record: LaneRecord, runEnd: number, markers: readonly TimelineMarker[]): TimelineLane {
    return new TaskLaneView(record, runEnd, markers, () => (this.worked += 1));
  }

  /** Where any task ran, merged; kept until a task changes (a run's end only clips it, which `subtract` does). */
  private runsOfTasks(): readonly Interval[] {
    if (this.taskRuns.revision === this.tasksRevision) return this.taskRuns.runs;
    const runs: TimelineBar[] = [];
    for (const record of this.order) {
      if (record.role !== "task") continue;
      for (const bar of barsOfTask(record, Infinity)) if (bar.kind === "run") runs.push(bar);
    }
    this.taskRuns = { revision: this.tasksRevision, runs: union(runs) };
    return this.taskRuns.runs;
  }

  /** Main runs while the loop was blocked and no task was running; it waits the rest of the run. */
  private barsOfMain(): TimelineBar[] {
    if (!this.heartbeat?.known) return [];
    const end = this.end;
    // Without a silence there is nothing tasks need to explain (and no union of 20,000 tasks' runs to make).
    const taskRuns = this.heartbeat.blocked.length > 0 ? this.runsOfTasks() : [];
    const runs: Interval[] = [];
    for (const stretch of this.heartbeat.blocked) {
      const clipped = { start: stretch.start, end: Math.min(stretch.end, end) };
      // Slivers thinner than one heartbeat are measurement noise (e.g. main code between two tasks).
      runs.push(...subtract(clipped, taskRuns).filter((part) => part.end - part.start >= stretch.resolution));
    }
    const merged = union(runs);
    const waits = subtract({ start: 0, end }, merged);
    const bars: TimelineBar[] = [
      ...merged.map((run): TimelineBar => ({ kind: "run", ...run })),
      ...waits.map((wait): TimelineBar => ({ kind: "wait", ...wait })),
    ];
    return bars.sort((a, b) => a.start - b.start);
  }
}

/**
 * A task's lane as of one derivation, its bars worked out (once) when first read: capping 20,000
 * lanes reads the bars of the few it draws. `bars` is a getter, so spreading a lane drops it.
 */
class TaskLaneView implements TimelineLane {
  readonly key: string;
  readonly name: string;
  readonly role: LaneRole;
  readonly start: number;
  readonly end: number | undefined;
  readonly lineCount: number;
  private workedOut: readonly TimelineBar[] | undefined;

  constructor(
    private readonly record: LaneRecord,
    private readonly runEnd: number,
    readonly markers: readonly TimelineMarker[],
    private readonly onWorkOut: () => void,
  ) {
    this.key = record.key;
    this.name = record.name;
    this.role = record.role;
    this.start = record.start;
    this.end = record.end;
    this.lineCount = record.lineCount;
  }

  get bars(): readonly TimelineBar[] {
    if (!this.workedOut) {
      this.onWorkOut();
      this.workedOut = barsOfTask(this.record, this.runEnd);
    }
    return this.workedOut;
  }
}

function newRecord(key: string, role: LaneRole, name: string, start: number): LaneRecord {
  return { key, role, name, start, end: undefined, announced: false, spans: [], spansSorted: true, lineCount: 0 };
}

/** Appends a span, merging it into the previous one when they touch and match. */
function appendSpan(record: LaneRecord, bar: TimelineBar): void {
  if (bar.end <= bar.start) return;
  const last = record.spans[record.spans.length - 1];
  if (last && last.kind === bar.kind && last.end === bar.start) {
    record.spans[record.spans.length - 1] = { kind: bar.kind, start: last.start, end: bar.end };
    return;
  }
  if (last && bar.start < last.start) record.spansSorted = false;
  record.spans.push(bar);
}

/** A task's spans, with every unreported stretch between its start and end counted as waiting. */
function barsOfTask(record: LaneRecord, runEnd: number): TimelineBar[] {
  if (!record.announced) return [];
  if (!record.spansSorted) {
    record.spans.sort((a, b) => a.start - b.start);
    record.spansSorted = true;
  }
  const end = record.end ?? runEnd;
  const bars: TimelineBar[] = [];
  let cursor = record.start;
  const push = (kind: TimelineBar["kind"], start: number, stop: number) => {
    if (stop <= start) return;
    const last = bars[bars.length - 1];
    if (last && last.kind === kind && last.end >= start) bars[bars.length - 1] = { kind, start: last.start, end: Math.max(last.end, stop) };
    else bars.push({ kind, start, end: stop });
  };
  for (const span of record.spans) {
    push("wait", cursor, Math.min(span.start, end));
    push(span.kind, Math.max(span.start, cursor), Math.min(span.end, end));
    cursor = Math.max(cursor, span.end);
  }
  push("wait", cursor, end);
  return bars;
}

function groupMarkers(kept: readonly KeptMarker[]): Map<LaneRecord, TimelineMarker[]> {
  const byLane = new Map<LaneRecord, TimelineMarker[]>();
  for (const { lane, marker } of kept) {
    const list = byLane.get(lane);
    if (list) list.push(marker);
    else byLane.set(lane, [marker]);
  }
  for (const list of byLane.values()) {
    if (list.some((marker, index) => index > 0 && marker.time < (list[index - 1]?.time ?? 0))) list.sort((a, b) => a.time - b.time);
  }
  return byLane;
}
