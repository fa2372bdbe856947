import { describe, expect, it } from "vitest";
import { compareOutputs } from "./output-diff";

const line = (text: string, time: number) => ({ level: "log" as const, text, time });

describe("compareOutputs", () => {
  it("finds a port that prints the same lines at the same times the same", () => {
    const lines = [line("T-minus 2 (A)", 0), line("T-minus 3 (B)", 0), line("T-minus 1 (A)", 1000)];
    const result = compareOutputs(lines, [...lines]);
    expect(result.first).toEqual(["same", "same", "same"]);
    expect(result.summary).toBe("The same 3 lines, in the same order, at the same times (last at 1.00 s).");
  });

  it("tells different text from the same text at another time, and lines only one side printed", () => {
    const result = compareOutputs([line("a", 0), line("b", 0), line("c", 5)], [line("a", 0), line("B", 0)]);
    expect(result.first).toEqual(["same", "text", "missing"]);
    expect(result.second).toEqual(["same", "text"]);
    expect(compareOutputs([line("a", 0)], [line("a", 4)]).first).toEqual(["time"]);
    expect(result.summary).toBe("2 of 3 lines differ (highlighted): different text; 1 printed by one side only.");
  });

  it("pairs the lines both print, so a REPL session's echo stands apart from the values it shares with the port", () => {
    const session = [line(">>> next(g)", 0), line("1", 0), line(">>> next(g)", 0), line("2", 0)];
    const result = compareOutputs(session, [line("1", 0), line("2", 0)]);
    expect(result.first).toEqual(["missing", "same", "missing", "same"]);
    expect(result.second).toEqual(["same", "same"]);
    expect(result.summary).toBe("2 of 4 lines differ (highlighted): 2 printed by one side only.");
  });

  it("marks a shared line printed later on one side as the same text at a different time", () => {
    const result = compareOutputs([line("A", 0), line("B", 1000), line("C", 2000)], [line("A", 0), line("B", 0), line("C", 0), line("Time taken: 3s", 0)]);
    expect(result.first).toEqual(["same", "time", "time"]);
    expect(result.second).toEqual(["same", "time", "time", "missing"]);
  });

  it("does not count trailing spaces, which the page does not show", () => {
    expect(compareOutputs([line("BD BR ", 5)], [line("BD BR", 5)]).first).toEqual(["same"]);
  });

  it("still compares two very long outputs, line by line in place", () => {
    const many = Array.from({ length: 3000 }, (_, i) => line(`line ${i}`, i));
    const result = compareOutputs(many, [...many.slice(0, 2999), line("other", 2999)]);
    expect(result.summary).toBe("1 of 3000 lines differ (highlighted): different text.");
  });
});
