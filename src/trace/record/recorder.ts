/**
 * Numbers, stamps, caps and batches trace events. The first event of a quiet spell is posted at
 * once (so something shows even if the program then spins); the rest go out at most once per
 * window, from the next event or from a timer.
 */
import { type TraceBatch, TraceBatchWriter } from "../../sandbox/protocol/trace-codec.ts";
import { TRACE_EVENT_LIMIT, type TraceEvent } from "../../sandbox/protocol/trace-events.ts";

/** An event as the tracer makes it: the recorder adds `seq` and `time`. */
export type UnstampedEvent = TraceEvent extends infer E ? (E extends TraceEvent ? Omit<E, "seq" | "time"> : never) : never;

export interface RecorderOptions {
  /** The run's logical clock. */
  now(): number;
  /** A batch of events, packed for the wire (trace-codec.ts). */
  post(batch: TraceBatch): void;
  /** Real time and a real timer, for batching (the host's, not the snippet's). */
  realNow(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  limit?: number;
  /** Real ms between batches. */
  window?: number;
}

export class TraceRecorder {
  /** Events are packed as they come: none is kept as an object (a long buffer of them slows every GC). */
  private readonly buffer = new TraceBatchWriter();
  private seq = 0;
  private lastFlush = -Infinity;
  private timerArmed = false;
  private full = false;
  private readonly limit: number;
  private readonly window: number;

  constructor(private readonly options: RecorderOptions) {
    this.limit = options.limit ?? TRACE_EVENT_LIMIT;
    this.window = options.window ?? 16;
  }

  /** False once the cap is reached: nothing more is recorded. */
  get recording(): boolean {
    return !this.full;
  }

  /** Records `event` (a fresh object: it is stamped in place). */
  record(event: UnstampedEvent): void {
    if (this.full) return;
    const stamped = event as TraceEvent;
    stamped.seq = this.seq++;
    stamped.time = this.options.now();
    this.buffer.add(stamped);
    if (this.seq >= this.limit) {
      this.full = true;
      this.buffer.add({ kind: "truncated", limit: this.limit, seq: this.seq++, time: this.options.now() });
      return this.flush();
    }
    // Reading the real clock costs more than recording: look every few events.
    if (this.buffer.size === 1 || this.buffer.size % 64 === 0) {
      if (this.options.realNow() - this.lastFlush >= this.window) return this.flush();
    }
    this.armTimer();
  }

  /** Posts everything buffered now. */
  flush(): void {
    this.lastFlush = this.options.realNow();
    if (this.buffer.size > 0) this.options.post(this.buffer.take());
  }

  private armTimer(): void {
    if (this.timerArmed) return;
    this.timerArmed = true;
    this.options.setTimeout(() => {
      this.timerArmed = false;
      this.flush();
    }, this.window);
  }
}
