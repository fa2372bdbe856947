import { describe, expect, it } from "vitest";
import { once } from "./once.ts";

describe("once", () => {
  it("loads once and shares the result with every caller", async () => {
    let calls = 0;
    const load = once(async () => ++calls);
    expect(await Promise.all([load(), load(), load()])).toEqual([1, 1, 1]);
    expect(await load()).toBe(1);
  });

  it("shares a failure with callers waiting on the same attempt, then tries again", async () => {
    let calls = 0;
    const load = once(async () => {
      calls++;
      if (calls === 1) throw new Error("offline");
      return "loaded";
    });
    await expect(Promise.all([load(), load()])).rejects.toThrow("offline");
    expect(await load()).toBe("loaded");
    expect(calls).toBe(2);
  });
});
