import { describe, expect, it } from "vitest";
import { diffLines } from "./diff";

describe("diffLines", () => {
  it("marks the lines only the reader has as removed and the solution's own as added", () => {
    const reader = "function f() {\n  // your code\n}\nf();";
    const solution = "function f() {\n  return 1;\n}\nf();";
    expect(diffLines(reader, solution)).toEqual([
      { kind: "same", text: "function f() {" },
      { kind: "removed", text: "  // your code" },
      { kind: "added", text: "  return 1;" },
      { kind: "same", text: "}" },
      { kind: "same", text: "f();" },
    ]);
  });

  it("finds nothing to change when the code matches but for trailing spaces", () => {
    expect(diffLines("a  \nb\n", "a\nb").every((line) => line.kind === "same")).toBe(true);
  });
});
