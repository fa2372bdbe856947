/**
 * A recorded trace as the stepper reads it: the events as numbered steps, each with the frame it
 * concerns, the TypeScript line to highlight and a sentence; and, for any step, the state of every
 * frame and of the two queues at that instant. Pure (no DOM); replaying is deterministic because
 * it only reads what was recorded.
 */
import type { CodePosition, TraceEvent } from "../../sandbox/protocol/trace-events.ts";
import { describeEvent } from "./describe.ts";
import { t, type Locale } from "../../lib/i18n/index.ts";
import type { FunctionInfo, Site } from "../instrument/sites.ts";

/** The instrumenter's tables, and how to turn a run-time position into a TypeScript line. */
export interface TraceSource {
  sites: readonly Site[];
  functions: readonly FunctionInfo[];
  lineOf(at: CodePosition): number | null;
}

export interface FrameInfo {
  readonly id: number;
  readonly fn: FunctionInfo;
  /** "countdown('A', 2)", "top level". */
  readonly label: string;
  readonly parent: number | undefined;
  readonly task: string | undefined;
}

export interface TraceStep {
  readonly index: number;
  readonly event: TraceEvent;
  readonly frame: FrameInfo | undefined;
  /** TypeScript line to highlight, if the event has one. */
  readonly line: number | null;
  readonly text: string;
}

export type FrameState = "created" | "running" | "suspended" | "done";

export interface FrameSnapshot {
  readonly frame: FrameInfo;
  readonly state: FrameState;
  /** Where it is suspended (or was last seen). */
  readonly line: number | null;
  /** What it waits at: "await", "yield", "yield*", "for await". */
  readonly waits: string;
}

export interface TimerInfo {
  readonly id: number;
  readonly api: string;
  readonly delay: number;
  readonly due: number;
  readonly line: number | null;
  readonly repeat: boolean;
}

/** The program at one step: frames by state, microtasks still to run this turn, and pending timers. */
export interface Snapshot {
  readonly step: TraceStep | undefined;
  /** Innermost first. */
  readonly running: readonly FrameSnapshot[];
  readonly suspended: readonly FrameSnapshot[];
  /** Frames whose continuation runs as a promise reaction before the next macrotask, in the order they run. */
  readonly microtasks: readonly FrameSnapshot[];
  /** By due time, then creation. */
  readonly timers: readonly TimerInfo[];
}

/** Events that follow a frame event and say nothing new: an async call starts the moment it is made. */
function mergesIntoPrevious(event: TraceEvent, previous: TraceEvent | undefined): event is Extract<TraceEvent, { kind: "start" }> {
  return event.kind === "start" && event.cause.kind === "call" && event.cause.method === "call" && previous?.kind === "frame" && previous.frame === event.frame;
}

const MAX_ARGS = 24;

export class TraceModel {
  readonly steps: TraceStep[] = [];
  readonly frames = new Map<number, FrameInfo>();
  readonly timers = new Map<number, TimerInfo>();
  private readonly events: TraceEvent[] = [];
  /** Step of each frame's latest suspension, for "after 1.00 s". */
  private readonly suspendedAt = new Map<number, TraceStep>();
  /** Per frame, the steps where it resumed (ascending). */
  private readonly resumes = new Map<number, number[]>();
  /** Frames whose start was merged into their frame step (async calls and the module). */
  private readonly startedAtOnce = new Set<number>();
  /** Per step, how many timers had fired: a new macrotask turn starts at each. */
  private readonly turns: number[] = [];
  truncated = false;

  /** `locale`: the language its sentences and labels are written in (the page's). */
  constructor(
    readonly source: TraceSource,
    readonly locale: Locale = "en",
  ) {}

  /** Adds a batch of events (in order). */
  add(events: readonly TraceEvent[]): void {
    for (const event of events) this.addEvent(event);
  }

  get length(): number {
    return this.steps.length;
  }

  /** The time at which each frame last paused, for sentences. */
  pausedStep(frame: number): TraceStep | undefined {
    return this.suspendedAt.get(frame);
  }

  frameLabel(id: number | undefined): string {
    return id === undefined ? "" : (this.frames.get(id)?.label ?? t(this.locale, "trace.frameN", { id }));
  }

  lineOf(at: CodePosition | undefined): number | null {
    return at ? this.source.lineOf(at) : null;
  }

  private addEvent(event: TraceEvent): void {
    const previous = this.events[this.events.length - 1];
    this.events.push(event);
    if (event.kind === "truncated") this.truncated = true;
    if (mergesIntoPrevious(event, previous)) {
      this.startedAtOnce.add(event.frame);
      return;
    }
    const index = this.steps.length;
    const turn = (this.turns[index - 1] ?? 0) + (event.kind === "timer-fire" ? 1 : 0);
    this.turns.push(turn);
    if (event.kind === "frame") this.addFrame(event);
    if (event.kind === "timer-set") {
      this.timers.set(event.timer, { id: event.timer, api: event.api, delay: event.delay, due: event.due, line: this.lineOf(event.at), repeat: event.repeat });
    }
    const frame = "frame" in event && event.frame !== undefined ? this.frames.get(event.frame) : undefined;
    if (event.kind === "resume") {
      const resumes = this.resumes.get(event.frame) ?? [];
      // Appended in place: a loop of 10,000 awaits resumes one frame 10,000 times.
      if (resumes.push(index) === 1) this.resumes.set(event.frame, resumes);
    }
    const described = describeEvent(event, this, frame);
    const step: TraceStep = { index, event, frame, line: described.line, text: described.text };
    this.steps.push(step);
    if (event.kind === "suspend") this.suspendedAt.set(event.frame, step);
  }

  private addFrame(event: Extract<TraceEvent, { kind: "frame" }>): void {
    const fn = this.source.functions[event.fn] ?? { name: "anonymous", kind: "async", line: 0, column: 0 };
    const args = event.args.length > MAX_ARGS ? `${event.args.slice(0, MAX_ARGS - 1)}…` : event.args;
    const label = fn.kind === "module" ? t(this.locale, "trace.topLevel") : `${fn.name}(${args})`;
    this.frames.set(event.frame, { id: event.frame, fn, label, parent: event.parent, task: event.task });
  }

  /** The program as it was right after step `index` (-1: before anything). */
  snapshot(index: number): Snapshot {
    const last = Math.min(index, this.steps.length - 1);
    const states = new Map<number, { state: FrameState; line: number | null; waits: string }>();
    const stack: number[] = [];
    const pending = new Map<number, TimerInfo>();
    for (let i = 0; i <= last; i++) {
      const event = this.steps[i]!.event;
      const sites = this.source.sites;
      switch (event.kind) {
        case "frame":
          states.set(event.frame, { state: "created", line: this.frames.get(event.frame)?.fn.line || null, waits: "" });
          // An async call (and the module) starts at once: its start was merged into this step.
          if (this.startedAtOnce.has(event.frame)) run(event.frame);
          break;
        case "start":
        case "resume":
          run(event.frame, event.kind === "resume" ? (sites[event.site]?.line ?? null) : undefined);
          break;
        case "suspend": {
          const site = sites[event.site];
          states.set(event.frame, { state: "suspended", line: site?.line ?? null, waits: site ? waitsWord(site.kind) : "" });
          removeFrom(stack, event.frame);
          break;
        }
        case "return":
        case "throw":
          states.set(event.frame, { state: "done", line: states.get(event.frame)?.line ?? null, waits: "" });
          removeFrom(stack, event.frame);
          break;
        case "timer-set":
          pending.set(event.timer, this.timers.get(event.timer)!);
          break;
        case "timer-fire":
          if (!this.timers.get(event.timer)?.repeat) pending.delete(event.timer);
          break;
        case "timer-clear":
          pending.delete(event.timer);
          break;
        default:
          break;
      }
    }
    const view = (id: number): FrameSnapshot => {
      const state = states.get(id)!;
      return { frame: this.frames.get(id)!, state: state.state, line: state.line, waits: state.waits };
    };
    const suspended = [...states].filter(([, s]) => s.state === "suspended" || s.state === "created").map(([id]) => view(id));
    const turn = this.turns[last] ?? 0;
    const microtasks = suspended
      .filter((frame) => frame.state === "suspended" && frame.waits !== "yield" && frame.waits !== "yield*")
      .map((frame) => ({ frame, next: this.nextResume(frame.frame.id, last) }))
      .filter(({ next }) => next !== undefined && this.turns[next] === turn)
      .sort((a, b) => a.next! - b.next!)
      .map(({ frame }) => frame);
    return {
      step: this.steps[last],
      running: stack.map(view).reverse(),
      suspended,
      microtasks,
      timers: [...pending.values()].sort((a, b) => a.due - b.due || a.id - b.id),
    };

    function run(id: number, line?: number | null): void {
      const before = states.get(id);
      states.set(id, { state: "running", line: line === undefined ? (before?.line ?? null) : line, waits: "" });
      removeFrom(stack, id);
      stack.push(id);
    }
  }

  private nextResume(frame: number, after: number): number | undefined {
    return this.resumes.get(frame)?.find((step) => step > after);
  }
}

function waitsWord(kind: Site["kind"]): string {
  return kind === "for-await" ? "for await" : kind;
}

function removeFrom(items: number[], item: number): void {
  const index = items.lastIndexOf(item);
  if (index >= 0) items.splice(index, 1);
}
