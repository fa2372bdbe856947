import type { Clock } from "./clock.ts";
import { MinHeap } from "./heap.ts";
import type { HostPrimitives } from "./host.ts";

/** What the queue asks of the runtime around each timer. */
export interface TimerQueueHooks {
  /** The context (the runtime's current task) when a timer is created… */
  capture(): unknown;
  /** …restored just before its callback runs (and left in place for the microtasks it starts). */
  restore(context: unknown): void;
  /** A fired callback and all its microtasks have finished. */
  settled(): void;
  /** Nothing is scheduled and no external work is pending. */
  idle(): void;
  /** A callback threw. */
  error(error: unknown): void;
  /** Logical time would have to pass the time limit to fire the next timer. */
  timeLimit(): void;
}

/** What a timer is, for whoever watches them (the tracer). */
export interface TimerInfo {
  /** The API that set it: "setTimeout", "sleep"… */
  label: string;
  /** Logical ms, after normalising and clamping. */
  delay: number;
  due: number;
  repeat: boolean;
}

/** Watches timers come and go (the tracer, issue 8); every method is called synchronously. */
export interface TimerObserver {
  added(id: number, info: TimerInfo): void;
  /** Its callback is about to run (a new macrotask turn)… */
  firing(id: number): void;
  /** …and has returned (its microtasks have not run yet). */
  fired(id: number): void;
  cancelled(id: number): void;
}

export interface TimerQueueOptions {
  clock: Clock;
  host: HostPrimitives;
  hooks: TimerQueueHooks;
  /** Logical ms the run may not pass (default: no limit). */
  limit?: number;
  observer?: TimerObserver;
}

export interface TimerOptions {
  /** Repeat every `delay` ms (setInterval). */
  repeat?: boolean;
  /** Apply Chrome's clamp (≥ 4 ms from the 5th nested timer on); for user timers only. */
  clamp?: boolean;
  /** The context to restore when it fires (default: the current one). */
  context?: unknown;
  /** Does not keep the run going (like an unref'd Node timer): AbortSignal.timeout. */
  weak?: boolean;
  /** The API that set it, for the trace (default "timer"). */
  label?: string;
}

/** External work in progress (a nested worker): timers may fire only before its horizon. */
export interface Hold {
  /** Schedules what the work produced at logical `due` (maybe already past: it then runs as soon as it may). */
  deliver(callback: () => void, due: number, options?: Pick<TimerOptions, "context" | "label">): void;
  /** The work will deliver nothing due before logical `time` (never moves back). */
  allowUntil(time: number): void;
  /** The work is over (later calls do nothing). */
  release(): void;
}

interface HoldState {
  /** Timers due at or after this logical time wait. */
  horizon: number;
  /** Orders deliveries of different holds due at the same time (the order the work started). */
  rank: number;
}

interface Entry {
  id: number;
  due: number;
  /** 0 for the run's own timers; else the rank of the hold whose work delivered it. */
  source: number;
  seq: number;
  callback: () => void;
  interval: number | undefined;
  clamp: boolean;
  weak: boolean;
  nesting: number;
  context: unknown;
}

const MAX_DELAY = 2_147_483_647;

/** Browsers run a delay that is not a number ≥ 0, or that overflows 32 bits, as 0. */
function normalizeDelay(delay: number): number {
  const ms = Number(delay);
  return ms > 0 && ms <= MAX_DELAY ? ms : 0;
}

/**
 * Own timers by due time, then creation order; deliveries from external work due at the same time
 * come after them, by the order that work started, then arrival: an order real timing cannot change.
 */
function runsBefore(a: Entry, b: Entry): boolean {
  return a.due !== b.due ? a.due < b.due : a.source !== b.source ? a.source < b.source : a.seq < b.seq;
}

/**
 * Every timer of a run, in logical order (see runsBefore). One callback runs per macrotask, so the
 * microtask queue drains before the next timer — as in a browser. The head fires once the loop is
 * free and the clock's pacing allows (at once under virtual time; a real timer waits when paced),
 * and logical time jumps to its due time.
 */
export class TimerQueue {
  private readonly heap = new MinHeap<Entry>(runsBefore);
  private readonly live = new Map<number, Entry>();
  /** Live entries that keep the run going (not weak). */
  private strong = 0;
  private nextId = 1;
  private nextSeq = 0;
  private readonly holds = new Set<HoldState>();
  private nextRank = 1;
  private nesting = 0;
  private armed: "none" | "macrotask" | "timer" = "none";
  private armedDue = Infinity;
  private realTimer: unknown;
  private stopped = false;

  constructor(private readonly options: TimerQueueOptions) {}

  /** Schedules `callback` after `delay` logical ms and returns its id (setTimeout/setInterval semantics). */
  add(callback: () => void, delay: number, options: TimerOptions = {}): number {
    const { repeat = false, clamp = false, weak = false } = options;
    const nesting = this.nesting + 1;
    const ms = this.clamped(normalizeDelay(delay), nesting, clamp);
    const entry: Entry = {
      id: this.nextId++,
      due: this.options.clock.now() + ms,
      source: 0,
      seq: this.nextSeq++,
      callback,
      interval: repeat ? ms : undefined,
      clamp,
      weak,
      nesting,
      context: "context" in options ? options.context : this.options.hooks.capture(),
    };
    this.insert(entry);
    this.options.observer?.added(entry.id, { label: options.label ?? "timer", delay: ms, due: entry.due, repeat });
    return entry.id;
  }

  cancel(id: unknown): void {
    if (typeof id !== "number" || !this.live.has(id)) return;
    this.forget(id);
    this.options.observer?.cancelled(id);
  }

  /** Marks external work as pending: until it allows more, nothing due from now on fires. */
  hold(): Hold {
    const state: HoldState = { horizon: this.options.clock.now(), rank: this.nextRank++ };
    this.holds.add(state);
    return {
      deliver: (callback, due, options = {}) => {
        const entry: Entry = {
          id: this.nextId++,
          due,
          source: state.rank,
          seq: this.nextSeq++,
          callback,
          interval: undefined,
          clamp: false,
          weak: false,
          nesting: 0, // a message event, not a nested timer
          context: "context" in options ? options.context : this.options.hooks.capture(),
        };
        this.insert(entry);
        const delay = Math.max(0, due - this.options.clock.now());
        this.options.observer?.added(entry.id, { label: options.label ?? "delivery", delay, due, repeat: false });
      },
      allowUntil: (time) => {
        if (!this.holds.has(state) || !(time > state.horizon)) return;
        state.horizon = time;
        this.schedule();
      },
      release: () => {
        if (!this.holds.delete(state)) return;
        this.schedule();
      },
    };
  }

  /** No timers (but weak ones) and no pending external work. */
  isIdle(): boolean {
    return this.strong === 0 && this.holds.size === 0;
  }

  /** The earliest logical time anything of this queue may still run at (for a parent waiting on this run). */
  quietUntil(): number {
    const next = Math.min(this.head()?.due ?? Infinity, this.horizon());
    return Math.max(this.options.clock.now(), next);
  }

  /** Starts driving the queue (call once the module has been handed to the loader). */
  start(): void {
    this.schedule();
  }

  /** Drops every timer; nothing fires any more. */
  stop(): void {
    this.stopped = true;
    this.live.clear();
    this.strong = 0;
    this.heap.clear();
    if (this.armed === "timer") this.options.host.clearTimeout(this.realTimer);
  }

  private insert(entry: Entry): void {
    this.live.set(entry.id, entry);
    if (!entry.weak) this.strong++;
    this.heap.push(entry);
    if (entry.due < this.armedDue) this.schedule();
  }

  /**
   * True when no hold can still deliver something that runs before `entry`: a hold delivers nothing
   * earlier than its horizon, and at the same time its deliveries run after the parent's timers
   * and after those of holds made before it (the order of \`runsBefore\`).
   */
  private nothingPendingBefore(entry: Entry): boolean {
    for (const hold of this.holds) {
      if (hold.horizon < entry.due || (hold.horizon === entry.due && hold.rank < entry.source)) return false;
    }
    return true;
  }

  /** Timers due at or after this wait for external work. */
  private horizon(): number {
    let horizon = Infinity;
    for (const hold of this.holds) horizon = Math.min(horizon, hold.horizon);
    return horizon;
  }

  private forget(id: number): void {
    const entry = this.live.get(id);
    if (!entry) return;
    this.live.delete(id);
    if (!entry.weak) this.strong--;
  }

  private clamped(ms: number, nesting: number, clamp: boolean): number {
    return clamp && nesting >= 5 && ms < 4 ? 4 : ms;
  }

  private schedule(): void {
    if (this.stopped || this.armed === "macrotask") return;
    if (this.armed === "timer") this.options.host.clearTimeout(this.realTimer);
    this.armed = "macrotask";
    this.armedDue = -Infinity;
    this.options.host.macrotask(() => {
      this.armed = "none";
      this.armedDue = Infinity;
      this.step();
    });
  }

  private head(): Entry | undefined {
    let head = this.heap.peek();
    while (head && this.live.get(head.id) !== head) {
      this.heap.pop();
      head = this.heap.peek();
    }
    return head;
  }

  /** Runs in its own macrotask: the previous callback's microtasks are done. */
  private step(): void {
    const { clock, hooks, limit = Infinity } = this.options;
    this.nesting = 0;
    hooks.settled();
    if (this.stopped) return;
    const head = this.head();
    if (this.isIdle()) return hooks.idle(); // weak timers alone do not keep the run going
    // External work may still deliver something that runs first (it reschedules us when it allows more).
    if (!head || !this.nothingPendingBefore(head)) return;
    if (head.due > limit) return hooks.timeLimit();
    const wait = clock.realDelayUntil(head.due);
    if (wait >= 1) return this.waitFor(head.due, wait); // under a real ms early is on time: the stamps are exact anyway
    clock.startTurn(head.due);
    this.fire(head);
    this.schedule();
  }

  /** Paced: a real timer for the head, replaced if an earlier timer is added meanwhile. */
  private waitFor(due: number, realMs: number): void {
    this.armed = "timer";
    this.armedDue = due;
    this.realTimer = this.options.host.setTimeout(() => {
      this.armed = "none";
      this.armedDue = Infinity;
      this.step();
    }, realMs);
  }

  private fire(entry: Entry): void {
    this.heap.pop();
    if (entry.interval === undefined) this.forget(entry.id);
    this.nesting = entry.nesting;
    this.options.hooks.restore(entry.context);
    this.options.observer?.firing(entry.id);
    try {
      entry.callback();
    } catch (error) {
      this.options.hooks.error(error);
    }
    this.options.observer?.fired(entry.id);
    if (entry.interval !== undefined && this.live.get(entry.id) === entry) this.repeat(entry, entry.interval);
  }

  /** Next beat of an interval, on its original grid; beats missed while the thread was busy are skipped. */
  private repeat(entry: Entry, interval: number): void {
    const now = this.options.clock.now();
    const nesting = entry.nesting + 1;
    const step = this.clamped(interval, nesting, entry.clamp);
    let due = entry.due + step;
    if (due < now) due = step > 0 ? entry.due + Math.ceil((now - entry.due) / step) * step : now;
    const next: Entry = { ...entry, due, seq: this.nextSeq++, nesting, interval: step };
    this.live.set(entry.id, next);
    this.heap.push(next);
  }
}
