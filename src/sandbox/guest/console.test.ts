import { describe, expect, it } from "vitest";
import { createConsole } from "./console.ts";

function setup() {
  const lines: string[] = [];
  let now = 0;
  const console = createConsole((level, text) => lines.push(`${level}: ${text}`), () => now);
  return { console, lines, tick: (ms: number) => void (now += ms) };
}

describe("guest console", () => {
  it("keeps the level of each method", () => {
    const { console, lines } = setup();
    console.log?.("a", 1);
    console.info?.("b");
    console.warn?.("c");
    console.error?.(new Error("d"));
    console.debug?.({ e: 1 });
    expect(lines).toEqual(["log: a 1", "info: b", "warn: c", "error: Error: d", "debug: {e: 1}"]);
  });

  it("prints tables, assertions, counters and timers on the run's clock", () => {
    const { console, lines, tick } = setup();
    console.table?.([{ a: 1 }]);
    console.assert?.(1 > 2, "math");
    console.assert?.(true, "fine");
    console.count?.();
    console.count?.();
    console.time?.("load");
    tick(1500);
    console.timeEnd?.("load");
    console.timeEnd?.("load");
    expect(lines[0]).toContain("│ (index) │ a │");
    expect(lines.slice(1)).toEqual([
      "error: Assertion failed: math",
      "log: default: 1",
      "log: default: 2",
      "log: load: 1500 ms",
      "warn: Timer 'load' does not exist",
    ]);
  });

  it("indents grouped lines", () => {
    const { console, lines } = setup();
    console.group?.("outer");
    console.log?.("in\ntwo lines");
    console.groupEnd?.();
    console.log?.("out");
    expect(lines).toEqual(["log: outer", "log:   in\n  two lines", "log: out"]);
  });
});
