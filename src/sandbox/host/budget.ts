import { MAX_ERRORS_PER_RUN } from "../protocol/limits";
import type { GuestMessage } from "../protocol/messages";

/** What one run may send the page in one window of real time (and errors over the whole run). */
export interface BudgetLimits {
  /** Real ms. */
  window: number;
  messages: number;
  lines: number;
  /** Characters of log text. */
  chars: number;
  /** Task and span events. */
  events: number;
  /** Numbers of trace batches. */
  traceNumbers: number;
  /** Error messages in the whole run. */
  errors: number;
}

/**
 * About twice what an honest guest can send at most (its outbox posts ≤ 50 lines and one batch per
 * 16 ms, each capped by limits.ts), and far below what freezes the page.
 */
export const PAGE_BUDGET: BudgetLimits = {
  window: 1000,
  messages: 10_000,
  lines: 250_000,
  chars: 64_000_000,
  events: 200_000,
  traceNumbers: 4_000_000,
  errors: MAX_ERRORS_PER_RUN + 10,
};

type Spent = Omit<BudgetLimits, "window" | "errors">;
const nothing = (): Spent => ({ messages: 0, lines: 0, chars: 0, events: 0, traceNumbers: 0 });

/** Counts a run's messages against its budget; the run is stopped the moment one goes past it. */
export class RunBudget {
  private spent = nothing();
  private windowStart = -Infinity;
  private errors = 0;

  constructor(
    private readonly now: () => number,
    private readonly limits: BudgetLimits = PAGE_BUDGET,
  ) {}

  /** Charges `message`; true while the run stays within its budget. */
  charge(message: GuestMessage): boolean {
    const now = this.now();
    if (now - this.windowStart >= this.limits.window) {
      this.windowStart = now;
      this.spent = nothing();
    }
    const spent = this.spent;
    spent.messages += 1;
    if (message.type === "logs") {
      spent.lines += message.lines.length;
      for (const line of message.lines) spent.chars += line.text.length;
    } else if (message.type === "events") spent.events += message.events.length;
    else if (message.type === "task" || message.type === "span") spent.events += 1;
    else if (message.type === "trace") spent.traceNumbers += message.batch.numbers.length;
    else if (message.type === "error") this.errors += 1;
    const limits = this.limits;
    return (
      spent.messages <= limits.messages &&
      spent.lines <= limits.lines &&
      spent.chars <= limits.chars &&
      spent.events <= limits.events &&
      spent.traceNumbers <= limits.traceNumbers &&
      this.errors <= limits.errors
    );
  }
}
