/**
 * Which macrotask turn the program is in, and so what resumed an `await`: the timer queue reports
 * each callback. A continuation queued while a timer's callback ran (the first wave of microtasks
 * after it) was resumed by that timer; one queued later, by another promise reaction.
 */
import type { ResumeCause } from "../../sandbox/protocol/trace-events.ts";

/** Shared: events are plain data, never changed once made. */
const MICROTASK: ResumeCause = { kind: "microtask" };

export class MacrotaskTurns {
  /** The timer whose turn this is (undefined: the module's first turn). */
  private timer: number | undefined;
  private firstWave = false;
  private token = 0;

  constructor(private readonly queueMicrotask: (callback: () => void) => void) {}

  /** A timer's callback is about to run: a new turn. */
  firing(id: number): void {
    this.timer = id;
    this.firstWave = true;
  }

  /** Its callback returned: reactions it queued run before this marker; any later were queued by other reactions. */
  fired(): void {
    const token = ++this.token;
    this.queueMicrotask(() => {
      if (token === this.token) this.firstWave = false;
    });
  }

  /** What resumes an await continuation running now. */
  cause(): ResumeCause {
    if (this.timer === undefined) return MICROTASK;
    if (this.firstWave) return { kind: "timer", timer: this.timer };
    return { kind: "microtask", timer: this.timer };
  }
}
