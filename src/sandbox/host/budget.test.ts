import { describe, expect, it } from "vitest";
import type { GuestMessage, LogLine } from "../protocol/messages.ts";
import { PAGE_BUDGET, RunBudget } from "./budget.ts";

const line = (text = "x"): LogLine => ({ level: "log", text, time: 0 });
const logs = (count: number, text = "x"): GuestMessage => ({ type: "logs", lines: Array.from({ length: count }, () => line(text)) });

function budgetAt() {
  let now = 0;
  return { budget: new RunBudget(() => now), advance: (ms: number) => void (now += ms) };
}

/** Charges `message` until the budget says no; how many went through. */
function chargeUntilRefused(budget: RunBudget, message: GuestMessage, most = 1_000_000): number {
  for (let sent = 0; sent < most; sent++) if (!budget.charge(message)) return sent;
  return most;
}

describe("a run's budget on the page", () => {
  it("takes what an honest guest sends flat out for ten seconds: one full batch and 50 lines per 16 ms", () => {
    const { budget, advance } = budgetAt();
    const batch = logs(2_000, "x".repeat(250));
    for (let window = 0; window < 625; window++) {
      expect(budget.charge(batch)).toBe(true);
      for (let i = 0; i < 50; i++) expect(budget.charge(logs(1, "y".repeat(2_000)))).toBe(true);
      advance(16);
    }
  });

  it("refuses a flood of 2,000-line messages within its first second (probe: the page froze ≥ 45 s)", () => {
    const { budget } = budgetAt();
    const sent = chargeUntilRefused(budget, logs(2_000));
    expect(sent).toBeLessThan(PAGE_BUDGET.lines / 2_000 + 1);
  });

  it("refuses a flood of tiny messages, of events, and of trace numbers", () => {
    expect(chargeUntilRefused(budgetAt().budget, { type: "tick", time: 0, realTime: 0 })).toBe(PAGE_BUDGET.messages);
    const task: GuestMessage = { type: "task", id: 1, name: "t", start: 0 };
    expect(chargeUntilRefused(budgetAt().budget, { type: "events", events: Array(5_000).fill(task) })).toBe(PAGE_BUDGET.events / 5_000);
    const trace: GuestMessage = { type: "trace", batch: { numbers: new Float64Array(1_000_000), strings: [] } };
    expect(chargeUntilRefused(budgetAt().budget, trace)).toBe(PAGE_BUDGET.traceNumbers / 1_000_000);
  });

  it("refuses more errors in a run than a guest reports", () => {
    const error: GuestMessage = { type: "error", kind: "uncaught", name: "Error", message: "x", stack: "" };
    const { budget, advance } = budgetAt();
    let sent = 0;
    while (budget.charge(error)) {
      sent++;
      advance(1_000); // errors count over the whole run, not per window
    }
    expect(sent).toBe(PAGE_BUDGET.errors);
  });

  it("starts a fresh window each second", () => {
    const { budget, advance } = budgetAt();
    expect(chargeUntilRefused(budget, logs(2_000), 100)).toBe(100);
    advance(1_000);
    expect(chargeUntilRefused(budget, logs(2_000), 100)).toBe(100);
  });
});
