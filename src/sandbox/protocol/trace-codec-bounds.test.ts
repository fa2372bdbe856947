import { describe, expect, it } from "vitest";
import { MAX_TRACE_NUMBERS, MAX_TRACE_STRING, MAX_TRACE_VIA } from "./limits.ts";
import { checkTraceBatch, decodeTraceBatch, encodeTraceBatch } from "./trace-codec.ts";

/** A `resume` caused by a call: kind 3, seq, time, frame, site, how, value, cause "call", method, line, column, then the via count. */
const resumeClaiming = (viaCount: number) => ({
  numbers: new Float64Array([3, 0, 0, 0, 0, 0, 0, 0, 0, Number.NaN, Number.NaN, viaCount]),
  strings: ["undefined"],
});

describe("a hostile trace batch", () => {
  it("claiming 1e9 numbers in a via chain is refused without allocating them", () => {
    const started = performance.now();
    const checked = checkTraceBatch(resumeClaiming(1e9));
    expect(checked).toEqual({ problem: expect.stringMatching(/out of range/) });
    expect(performance.now() - started).toBeLessThan(50);
  });

  it("whose numbers are not a Float64Array, or too many, is refused before decoding", () => {
    expect(checkTraceBatch({ numbers: { length: 1e9 }, strings: [] })).toEqual({ problem: expect.stringMatching(/Float64Array/) });
    expect(checkTraceBatch({ numbers: new Float64Array(MAX_TRACE_NUMBERS + 1), strings: [] })).toEqual({ problem: expect.stringMatching(/more than/) });
    expect(checkTraceBatch({ numbers: new Float64Array(0), strings: ["x".repeat(MAX_TRACE_STRING + 1)] })).toEqual({ problem: expect.stringMatching(/too long/) });
  });

  it("with an unknown kind, a string index past the table, or an event cut short, is refused", () => {
    expect(checkTraceBatch({ numbers: new Float64Array([99, 0, 0]), strings: [] })).toHaveProperty("problem");
    expect(checkTraceBatch({ numbers: new Float64Array([4, 0, 0, 0, 7]), strings: [] })).toHaveProperty("problem");
    expect(checkTraceBatch({ numbers: new Float64Array([3, 0, 0]), strings: [] })).toHaveProperty("problem");
    expect(() => decodeTraceBatch({ numbers: new Float64Array([0.5]), strings: [] })).toThrow(RangeError);
  });

  it("from an honest guest is cut to the limits when encoded: long strings and deep via chains", () => {
    const via = Array.from({ length: 500 }, (_, index) => index);
    const batch = encodeTraceBatch([
      { kind: "log", level: "log", text: "L".repeat(1e6), seq: 0, time: 0 },
      { kind: "start", frame: 0, cause: { kind: "call", method: "next", via }, seq: 1, time: 0 },
    ]);
    const checked = checkTraceBatch(batch);
    if (!("events" in checked)) throw new Error(checked.problem);
    const [log, start] = checked.events;
    expect(log).toMatchObject({ kind: "log", text: expect.stringMatching(/^L+…$/) });
    expect((log as { text: string }).text).toHaveLength(MAX_TRACE_STRING);
    expect(start).toMatchObject({ cause: { via: via.slice(-MAX_TRACE_VIA) } });
  });
});
