import { describe, expect, it } from "vitest";
import { fail, maxConcurrent, expectPrinted, pauses, type Check } from "./api";
import { evaluate } from "./evaluate";
import { emptyRecord, recordMessage, type RunRecord } from "../../sandbox/protocol/run-record";

function finished(lines: string[]): RunRecord {
  const run = emptyRecord(10_000);
  recordMessage(run, { type: "logs", lines: lines.map((text, i) => ({ level: "log", text, time: i * 100 })) });
  recordMessage(run, { type: "done", time: 1000, realTime: 5 });
  return run;
}

const named = (name: string, test: Check["test"]): Check => ({ name, test });

describe("evaluate", () => {
  it("passes a run that ended by itself, threw nothing and satisfies every check", () => {
    const verdicts = evaluate([named("prints hello", (run) => expectPrinted(run, ["hello"]))], finished(["hello"]));
    expect(verdicts.map((v) => [v.name, v.passed])).toEqual([
      ["finishes before the time limit", true],
      ["runs without an uncaught error", true],
      ["prints hello", true],
    ]);
  });

  it("writes the library's own verdicts in Portuguese for a run from a pt-BR page", () => {
    const run = finished(["olá", "tchau"]);
    run.locale = "pt-BR";
    const verdicts = evaluate([named("imprime olá", (record) => expectPrinted(record, ["olá", "até logo"]))], run);
    expect(verdicts.map((v) => [v.name, v.passed, v.message])).toEqual([
      ["termina antes do tempo limite", true, ""],
      ["executa sem erro não capturado", true, ""],
      ["imprime olá", false, 'a linha 2 deveria ser "até logo", mas foi "tchau".'],
    ]);
  });

  it("fails with the check's own words: a returned string or fail()", () => {
    const verdicts = evaluate(
      [named("returned", () => "ran one after another; start them together"), named("thrown", () => fail("no download finishes after the failure"))],
      finished([]),
    );
    expect(verdicts.slice(2).map((v) => [v.passed, v.message])).toEqual([
      [false, "ran one after another; start them together"],
      [false, "no download finishes after the failure"],
    ]);
  });

  it("says a run that hit its time limit may hold a promise that never settles", () => {
    const run = emptyRecord(3000);
    recordMessage(run, { type: "error", kind: "timeout", name: "", message: "time limit", stack: "", time: 3000 });
    const [ends] = evaluate([], run);
    expect(ends).toMatchObject({ passed: false });
    expect(ends!.message).toContain("never settles");
    expect(ends!.message).toContain("3.00 s");
  });

  it("names the first line that differs", () => {
    const [, , verdict] = evaluate([named("order", (run) => expectPrinted(run, ["A 1", "B 1"]))], finished(["A 1", "A 2"]));
    expect(verdict!.message).toBe('line 2 should be "B 1" but was "A 2".');
  });

  it("reports a check that crashes as a check that could not read the run, never as a pass", () => {
    const [, , verdict] = evaluate([named("crash", () => { throw new TypeError("x is undefined"); })], finished([]));
    expect(verdict).toMatchObject({ passed: false, message: "the check could not read this run (TypeError: x is undefined)." });
  });

  it("clips a message that quotes a flood of output", () => {
    const [, , verdict] = evaluate([named("long", () => "x".repeat(10_000))], finished([]));
    expect(verdict!.message.length).toBeLessThanOrEqual(400);
  });
});

describe("maxConcurrent", () => {
  it("counts tasks running at the same moment; one ending as another starts does not overlap", () => {
    expect(maxConcurrent([{ start: 0, end: 100 }, { start: 100, end: 200 }])).toBe(1);
    expect(maxConcurrent([{ start: 0, end: 300 }, { start: 0, end: 100 }, { start: 50, end: 200 }])).toBe(3);
    expect(maxConcurrent([{ start: 0 }, { start: 10, end: 20 }])).toBe(2);
  });
});

describe("pauses", () => {
  it("pairs each suspension with what resumed it, in order", () => {
    const run = emptyRecord(10_000);
    run.trace.push(
      { kind: "suspend", seq: 0, time: 0, frame: 1, site: 0, value: "" },
      { kind: "resume", seq: 1, time: 500, frame: 1, site: 0, how: "value", value: "", cause: { kind: "timer", timer: 1 } },
      { kind: "suspend", seq: 2, time: 500, frame: 1, site: 1, value: "" },
      { kind: "resume", seq: 3, time: 500, frame: 1, site: 1, how: "value", value: "", cause: { kind: "microtask" } },
    );
    expect(pauses(run)).toEqual([
      { frame: 1, time: 0, resumedAt: 500, resumedBy: "timer" },
      { frame: 1, time: 500, resumedAt: 500, resumedBy: "microtask" },
    ]);
  });
});
