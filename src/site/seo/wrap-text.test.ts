import { describe, expect, it } from "vitest";
import { clampLines, wrapText } from "./wrap-text";

describe("wrapText", () => {
  it("breaks at spaces so no line passes the width", () => {
    expect(wrapText("Loop over values that arrive over time", 16)).toEqual(["Loop over values", "that arrive over", "time"]);
  });
  it("gives a word longer than the width a line of its own", () => {
    expect(wrapText("a supercalifragilistic word", 10)).toEqual(["a", "supercalifragilistic", "word"]);
  });
  it("returns no lines for blank text", () => {
    expect(wrapText("   ", 10)).toEqual([]);
  });
});

describe("clampLines", () => {
  it("keeps short text as it is", () => {
    expect(clampLines(["one", "two"], 3)).toEqual(["one", "two"]);
  });
  it("cuts to the count and marks the cut with an ellipsis", () => {
    expect(clampLines(["one,", "two", "three"], 1)).toEqual(["one…"]);
  });
});
