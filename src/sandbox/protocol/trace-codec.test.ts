import { describe, expect, it } from "vitest";
import { decodeTraceBatch, encodeTraceBatch } from "./trace-codec.ts";
import type { TraceEvent } from "./trace-events.ts";

const events: TraceEvent[] = [
  { kind: "frame", frame: 0, fn: 0, args: "", seq: 0, time: 0 },
  { kind: "start", frame: 0, cause: { kind: "call", method: "call" }, seq: 1, time: 0 },
  { kind: "frame", frame: 1, fn: 2, args: "'A', 2", parent: 0, task: "A", seq: 2, time: 0 },
  { kind: "start", frame: 1, cause: { kind: "call", method: "next", at: { line: 12, column: 5 }, via: [3, 4] }, seq: 3, time: 0 },
  { kind: "suspend", frame: 1, site: 0, value: "Promise {<pending>}", seq: 4, time: 0 },
  { kind: "timer-set", timer: 1, api: "sleep", delay: 1000, due: 1000, repeat: false, frame: 1, at: { line: 9, column: 3 }, seq: 5, time: 0 },
  { kind: "timer-set", timer: 2, api: "setInterval", delay: 5, due: 5, repeat: true, seq: 6, time: 0 },
  { kind: "timer-fire", timer: 1, seq: 7, time: 1000.5 },
  { kind: "resume", frame: 1, site: 0, how: "value", value: "undefined", cause: { kind: "timer", timer: 1 }, seq: 8, time: 1000.5 },
  { kind: "resume", frame: 1, site: 0, how: "value", value: "3", cause: { kind: "microtask", timer: 1 }, seq: 9, time: 1000.5 },
  { kind: "resume", frame: 0, site: 1, how: "value", value: "3", cause: { kind: "microtask" }, seq: 10, time: 1000.5 },
  { kind: "resume", frame: 2, site: 3, how: "throw", value: "Error: x", cause: { kind: "delegate" }, seq: 11, time: 2000 },
  { kind: "log", level: "warn", text: "a line with | and \\n", frame: 1, at: { line: 3, column: 1 }, seq: 12, time: 2000 },
  { kind: "log", level: "log", text: "from a callback", seq: 13, time: 2000 },
  { kind: "timer-clear", timer: 2, seq: 14, time: 2000 },
  { kind: "task", task: 1, name: "A", end: true, seq: 15, time: 2000 },
  { kind: "return", frame: 1, value: "undefined", seq: 16, time: 2000 },
  { kind: "throw", frame: 0, value: "TypeError: y", seq: 17, time: 2000 },
  { kind: "truncated", limit: 20_000, seq: 18, time: 2000 },
];

describe("the trace wire format", () => {
  it("decodes to exactly the events encoded, of every kind", () => {
    expect(decodeTraceBatch(encodeTraceBatch(events))).toEqual(events);
  });

  it("carries numbers in one Float64Array, and words from fixed lists (how, level) as numbers", () => {
    const batch = encodeTraceBatch(events);
    expect(batch.numbers).toBeInstanceOf(Float64Array);
    expect(batch.strings).not.toContain("value");
    expect(batch.strings).not.toContain("warn");
  });

  it("handles batches larger than its first buffer", () => {
    const many: TraceEvent[] = Array.from({ length: 5_000 }, (_, seq) => ({ kind: "suspend", frame: 1, site: 2, value: String(seq), seq, time: seq / 3 }));
    expect(decodeTraceBatch(encodeTraceBatch(many))).toEqual(many);
  });
});
