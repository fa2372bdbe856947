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
  /** Virtual time would have to pass the time limit to fire the next timer. */
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
  /** Logical ms that virtual time may not pass (default: no limit). */
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

interface Entry {
  id: number;
  due: number;
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
 * Every timer of a run, ordered by logical due time, then creation order. One callback runs per
 * macrotask, so the microtask queue drains before the next timer — as in a browser. Real mode keeps
 * one real timer for the head; virtual mode jumps the clock to the head once the loop is idle.
 */
export class TimerQueue {
  private readonly heap = new MinHeap<Entry>((a, b) => a.due < b.due || (a.due === b.due && a.seq < b.seq));
  private readonly live = new Map<number, Entry>();
  /** Live entries that keep the run going (not weak). */
  private strong = 0;
  private nextId = 1;
  private nextSeq = 0;
  private holds = 0;
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
      seq: this.nextSeq++,
      callback,
      interval: repeat ? ms : undefined,
      clamp,
      weak,
      nesting,
      context: "context" in options ? options.context : this.options.hooks.capture(),
    };
    this.live.set(entry.id, entry);
    if (!weak) this.strong++;
    this.heap.push(entry);
    this.options.observer?.added(entry.id, { label: options.label ?? "timer", delay: ms, due: entry.due, repeat });
    if (entry.due < this.armedDue) this.schedule();
    return entry.id;
  }

  cancel(id: unknown): void {
    if (typeof id !== "number" || !this.live.has(id)) return;
    this.forget(id);
    this.options.observer?.cancelled(id);
  }

  /** Marks external work as pending (virtual time waits for it); call the returned function once it is over. */
  hold(): () => void {
    this.holds++;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.holds--;
      this.schedule();
    };
  }

  /** No timers (but weak ones) and no pending external work. */
  isIdle(): boolean {
    return this.strong === 0 && this.holds === 0;
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
    const { clock, hooks, host, limit = Infinity } = this.options;
    this.nesting = 0;
    hooks.settled();
    if (this.stopped) return;
    const head = this.head();
    if (this.isIdle()) hooks.idle();
    if (!head) return;
    if (clock.mode === "virtual") {
      // Virtual time waits for pending external work (released holds reschedule) and does not
      // jump ahead for weak timers alone.
      if (this.holds > 0 || this.strong === 0) return;
      if (head.due > limit) return hooks.timeLimit();
    } else {
      const wait = (head.due - clock.now()) / clock.scale;
      if (wait >= 1) {
        this.armed = "timer";
        this.armedDue = head.due;
        this.realTimer = host.setTimeout(() => {
          this.armed = "none";
          this.armedDue = Infinity;
          this.step();
        }, wait);
        return;
      }
    }
    clock.advanceTo(head.due);
    this.fire(head);
    this.schedule();
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
