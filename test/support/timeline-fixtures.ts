/** Message streams of the seeds' countdown, as the guest posts them (tests only). */
import type { GuestMessage, LogLine } from "../../src/sandbox/protocol/messages.ts";

const log = (time: number, text: string, task?: string): GuestMessage => {
  const line: LogLine = task === undefined ? { level: "log", text, time } : { level: "log", text, time, task };
  return { type: "logs", lines: [line] };
};
const span = (id: number, task: string, kind: "run" | "wait", start: number, end: number): GuestMessage => ({ type: "span", id, task, kind, start, end });

/** Heartbeats every 100 ms (real = logical at 1×) from `from` to `to`: the loop is free. */
export function beats(from: number, to: number): GuestMessage[] {
  const ticks: GuestMessage[] = [];
  for (let time = from; time <= to; time += 100) ticks.push({ type: "tick", time, realTime: time });
  return ticks;
}

/**
 * `await Promise.all([task("A", () => countdown("A", 2)), task("B", () => countdown("B", 3))])`:
 * each step runs 1 ms, then waits on `sleep(1000)`; A ends at 2 s, B at 3 s.
 */
export function concurrentCountdownWithTasks(): GuestMessage[] {
  return [
    { type: "task", id: 1, name: "A", start: 0 },
    log(0, "T-minus 2 (A)", "A"),
    span(1, "A", "run", 0, 1),
    { type: "task", id: 2, name: "B", start: 1 },
    log(1, "T-minus 3 (B)", "B"),
    span(2, "B", "run", 1, 2),
    ...beats(100, 1_000),
    span(1, "A", "wait", 1, 1_000),
    log(1_000, "T-minus 1 (A)", "A"),
    span(1, "A", "run", 1_000, 1_001),
    span(2, "B", "wait", 2, 1_001),
    log(1_001, "T-minus 2 (B)", "B"),
    span(2, "B", "run", 1_001, 1_002),
    ...beats(1_100, 2_000),
    span(1, "A", "wait", 1_001, 2_000),
    { type: "task", id: 1, name: "A", start: 0, end: 2_000 },
    span(2, "B", "wait", 1_002, 2_001),
    log(2_001, "T-minus 1 (B)", "B"),
    span(2, "B", "run", 2_001, 2_002),
    ...beats(2_100, 3_000),
    span(2, "B", "wait", 2_002, 3_000),
    { type: "task", id: 2, name: "B", start: 1, end: 3_000 },
    log(3_000, "Time taken: 3s"),
    { type: "done", time: 3_000, realTime: 3_050 },
  ];
}

/** The lesson's sync side: plain calls and `sleepSync(1000)`; the module blocks the loop for 5 s. */
export function sequentialCountdown(): GuestMessage[] {
  return [
    log(0, "T-minus 2 (A)"),
    log(1_000, "T-minus 1 (A)"),
    log(2_000, "T-minus 3 (B)"),
    log(3_000, "T-minus 2 (B)"),
    log(4_000, "T-minus 1 (B)"),
    log(5_000, "Time taken: 5s"),
    // The first heartbeat only gets through once the module body returns.
    { type: "tick", time: 5_000, realTime: 5_001 },
    { type: "done", time: 5_000, realTime: 5_051 },
  ];
}

/** The lesson's async side: `await Promise.all([countdown("A", 2), countdown("B", 3)])`, no tasks. */
export function concurrentCountdown(): GuestMessage[] {
  return [
    log(0, "T-minus 2 (A)"),
    log(0, "T-minus 3 (B)"),
    ...beats(100, 1_000),
    log(1_000, "T-minus 1 (A)"),
    log(1_000, "T-minus 2 (B)"),
    ...beats(1_100, 2_000),
    log(2_000, "T-minus 1 (B)"),
    ...beats(2_100, 3_000),
    log(3_000, "Time taken: 3s"),
    { type: "done", time: 3_000, realTime: 3_050 },
  ];
}
