import { describe, expect, it } from "vitest";
import { moveLine, scoreGuess } from "./predict-order";

describe("predict the output", () => {
  it("moves a line one place up or down, and not past either end", () => {
    expect(moveLine(["a", "b", "c"], 2, -1)).toEqual(["a", "c", "b"]);
    expect(moveLine(["a", "b", "c"], 0, 1)).toEqual(["b", "a", "c"]);
    expect(moveLine(["a", "b"], 0, -1)).toEqual(["a", "b"]);
  });

  it("scores each position of the guess against the real order", () => {
    expect(scoreGuess(["sync", "micro", "timer"], ["sync", "timer", "micro"])).toEqual([true, false, false]);
  });
});
