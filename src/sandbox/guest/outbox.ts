import { clip } from "../protocol/clip.ts";
import { MAX_CHARS_PER_MESSAGE, MAX_EVENTS_PER_MESSAGE, MAX_LINE_TEXT, MAX_LINES_PER_MESSAGE, MAX_NAME_LENGTH } from "../protocol/limits.ts";
import type { GuestMessage, LogLine, SpanMessage, TaskMessage } from "../protocol/messages.ts";

export interface OutboxLimits {
  /** Messages (lines or events) posted at once within one window before batching starts. */
  burst: number;
  /** Characters of lines posted at once within one window before batching starts. */
  burstChars: number;
  /** Window and batching period, real ms. */
  window: number;
  /** Batching period while lines are being dropped: a flood's batches are all but the newest lines thrown away on the page anyway. */
  floodWindow: number;
  /** Newest lines kept while batching; older ones are dropped and counted. */
  keep: number;
  /** Characters of the lines kept while batching (the newest line is always kept). */
  keepChars: number;
  /** Longer lines are cut, with a marker saying how much. */
  maxLineLength: number;
  /** Task/span events posted in one message; a full batch is posted at once. */
  maxEvents: number;
  /** Task/span events posted per second; past it they are dropped (the timeline cannot show more anyway). */
  eventsPerSecond: number;
}

export const DEFAULT_LIMITS: OutboxLimits = {
  burst: 50,
  burstChars: 100_000,
  window: 16,
  floodWindow: 100,
  keep: MAX_LINES_PER_MESSAGE,
  keepChars: MAX_CHARS_PER_MESSAGE,
  maxLineLength: MAX_LINE_TEXT,
  maxEvents: MAX_EVENTS_PER_MESSAGE,
  eventsPerSecond: 100_000,
};

export interface OutboxClock {
  realNow(): number;
  setTimeout(callback: () => void, ms: number): unknown;
}

/** Cuts a line longer than `max` characters, saying how many were cut. */
export function truncateLine(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max)}… (${text.length - max} more characters)`;
}

const clipName = (name: string) => clip(name, MAX_NAME_LENGTH);

/**
 * Flood control for console lines and task events. The first lines of a burst are posted at once
 * (so what a snippet printed before spinning forever still arrives); past `burst` messages or
 * `burstChars` per window they are batched, flushed from the next console call once a window has
 * passed (a spinning loop never lets a timer run) or by a timer, keeping only the newest `keep`
 * lines within `keepChars`. Every message it posts is within the protocol's limits.
 */
export class Outbox {
  private lines: LogLine[] = [];
  private lineChars = 0;
  private events: (TaskMessage | SpanMessage)[] = [];
  private windowStart = -Infinity;
  private sentInWindow = 0;
  private charsInWindow = 0;
  private secondStart = -Infinity;
  private eventsInSecond = 0;
  private bufferedSince = 0;
  private timerArmed = false;
  /** The last batch dropped lines: batches go out every `floodWindow` until one does not. */
  private flooding = false;
  private dropped = 0;
  private reportedDropped = 0;

  constructor(
    private readonly post: (message: GuestMessage) => void,
    private readonly clock: OutboxClock,
    private readonly limits: OutboxLimits = DEFAULT_LIMITS,
  ) {}

  line(line: LogLine): void {
    const text = truncateLine(line.text, this.limits.maxLineLength);
    const task = line.task === undefined ? undefined : clipName(line.task);
    const entry = text === line.text && task === line.task ? line : { ...line, text, ...(task === undefined ? {} : { task }) };
    const now = this.openWindow();
    if (!this.flooding && this.isEmpty() && this.sentInWindow < this.limits.burst && this.charsInWindow + text.length <= this.limits.burstChars) {
      this.sentInWindow++;
      this.charsInWindow += text.length;
      this.post({ type: "logs", lines: [entry] });
      return;
    }
    if (this.isEmpty()) this.bufferedSince = now;
    this.lines.push(entry);
    this.lineChars += text.length;
    // Trim in chunks so a flood costs O(1) per line.
    if (this.lines.length >= 2 * this.limits.keep || this.lineChars >= 2 * this.limits.keepChars) this.trim();
    this.flushIfDue();
    this.armTimer();
  }

  /** Task and span messages keep their place after buffered lines. */
  event(message: TaskMessage | SpanMessage): void {
    const now = this.openWindow();
    if (now - this.secondStart >= 1000) {
      this.secondStart = now;
      this.eventsInSecond = 0;
    }
    if (++this.eventsInSecond > this.limits.eventsPerSecond) return;
    const event = message.type === "task" ? { ...message, name: clipName(message.name) } : { ...message, task: clipName(message.task) };
    if (this.isEmpty() && this.sentInWindow < this.limits.burst) {
      this.sentInWindow++;
      return this.post(event);
    }
    if (this.isEmpty()) this.bufferedSince = now;
    this.events.push(event);
    if (this.events.length >= this.limits.maxEvents) return this.flush();
    this.armTimer();
  }

  /** Flushes if a batch has waited a whole window. */
  flushIfDue(): void {
    if (!this.isEmpty() && this.clock.realNow() - this.bufferedSince >= this.batchWindow()) this.flush();
  }

  /** Posts everything buffered now. */
  flush(): void {
    const droppedBefore = this.dropped;
    this.trim();
    this.flooding = this.dropped > droppedBefore;
    const { lines, events } = this;
    this.lines = [];
    this.lineChars = 0;
    this.events = [];
    if (events.length > 0) this.post({ type: "events", events });
    if (lines.length > 0) this.post({ type: "logs", lines });
    if (this.dropped !== this.reportedDropped) {
      this.reportedDropped = this.dropped;
      this.post({ type: "dropped", count: this.dropped });
    }
    // Lines right after a batch join the next batch: a flood stays at one message per window.
    this.windowStart = this.clock.realNow();
    this.sentInWindow = this.limits.burst;
  }

  private batchWindow(): number {
    return this.flooding ? this.limits.floodWindow : this.limits.window;
  }

  private isEmpty(): boolean {
    return this.lines.length === 0 && this.events.length === 0;
  }

  /** Starts a new burst window when the last one has passed; returns the real time now. */
  private openWindow(): number {
    const now = this.clock.realNow();
    if (now - this.windowStart >= this.limits.window) {
      this.windowStart = now;
      this.sentInWindow = 0;
      this.charsInWindow = 0;
    }
    return now;
  }

  /** Drops the oldest lines past `keep` or `keepChars`, always keeping the newest. */
  private trim(): void {
    let cut = Math.max(0, this.lines.length - this.limits.keep);
    let chars = this.lineChars;
    for (let index = 0; index < cut; index++) chars -= this.lines[index]!.text.length;
    while (chars > this.limits.keepChars && cut < this.lines.length - 1) chars -= this.lines[cut++]!.text.length;
    if (cut === 0) return;
    this.lines.splice(0, cut);
    this.lineChars = chars;
    this.dropped += cut;
  }

  private armTimer(): void {
    if (this.timerArmed) return;
    this.timerArmed = true;
    this.clock.setTimeout(() => {
      this.timerArmed = false;
      if (!this.isEmpty()) this.flush();
    }, this.batchWindow());
  }
}
