import type { GuestMessage, LogLine, SpanMessage, TaskMessage } from "../protocol/messages.ts";

export interface OutboxLimits {
  /** Lines posted at once within one window before batching starts. */
  burst: number;
  /** Window and batching period, real ms. */
  window: number;
  /** Newest lines kept while batching; older ones are dropped and counted. */
  keep: number;
  /** Longer lines are cut, with a marker saying how much. */
  maxLineLength: number;
  /** Task/span messages kept while batching (the timeline cannot show more anyway). */
  maxEvents: number;
}

export const DEFAULT_LIMITS: OutboxLimits = { burst: 50, window: 16, keep: 2_000, maxLineLength: 10_000, maxEvents: 10_000 };

export interface OutboxClock {
  realNow(): number;
  setTimeout(callback: () => void, ms: number): unknown;
}

/** Cuts a line longer than `max` characters, saying how many were cut. */
export function truncateLine(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max)}… (${text.length - max} more characters)`;
}

/**
 * Flood control for console lines. The first lines of a burst are posted at once (so what a snippet
 * printed before spinning forever still arrives); past `burst` lines per window they are batched,
 * flushed from the next console call once a window has passed (a spinning loop never lets a timer
 * run) or by a timer, keeping only the newest `keep` lines.
 */
export class Outbox {
  private lines: LogLine[] = [];
  private events: (TaskMessage | SpanMessage)[] = [];
  private windowStart = -Infinity;
  private sentInWindow = 0;
  private bufferedSince = 0;
  private timerArmed = false;
  private dropped = 0;
  private reportedDropped = 0;

  constructor(
    private readonly post: (message: GuestMessage) => void,
    private readonly clock: OutboxClock,
    private readonly limits: OutboxLimits = DEFAULT_LIMITS,
  ) {}

  line(line: LogLine): void {
    const text = truncateLine(line.text, this.limits.maxLineLength);
    const entry = text === line.text ? line : { ...line, text };
    const now = this.clock.realNow();
    if (now - this.windowStart >= this.limits.window) {
      this.windowStart = now;
      this.sentInWindow = 0;
    }
    if (this.lines.length === 0 && this.sentInWindow < this.limits.burst) {
      this.sentInWindow++;
      this.post({ type: "logs", lines: [entry] });
      return;
    }
    if (this.lines.length === 0) this.bufferedSince = now;
    this.lines.push(entry);
    // Trim in chunks so a flood costs O(1) per line.
    if (this.lines.length >= 2 * this.limits.keep) this.trim();
    this.flushIfDue();
    this.armTimer();
  }

  /** Task and span messages keep their place after buffered lines. */
  event(message: TaskMessage | SpanMessage): void {
    if (this.lines.length === 0) return this.post(message);
    if (this.events.length < this.limits.maxEvents) this.events.push(message);
  }

  /** Flushes if a batch has waited a whole window. */
  flushIfDue(): void {
    if (this.lines.length > 0 && this.clock.realNow() - this.bufferedSince >= this.limits.window) this.flush();
  }

  /** Posts everything buffered now. */
  flush(): void {
    this.trim();
    const { lines, events } = this;
    this.lines = [];
    this.events = [];
    for (const event of events) this.post(event);
    if (lines.length > 0) this.post({ type: "logs", lines });
    if (this.dropped !== this.reportedDropped) {
      this.reportedDropped = this.dropped;
      this.post({ type: "dropped", count: this.dropped });
    }
    // Lines right after a batch join the next batch: a flood stays at one message per window.
    this.windowStart = this.clock.realNow();
    this.sentInWindow = this.limits.burst;
  }

  private trim(): void {
    const excess = this.lines.length - this.limits.keep;
    if (excess <= 0) return;
    this.lines.splice(0, excess);
    this.dropped += excess;
  }

  private armTimer(): void {
    if (this.timerArmed) return;
    this.timerArmed = true;
    this.clock.setTimeout(() => {
      this.timerArmed = false;
      if (this.lines.length > 0) this.flush();
    }, this.limits.window);
  }
}
