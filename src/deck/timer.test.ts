import { describe, expect, it } from "vitest";
import { elapsedOf, freshTimer, isFresh, isRunning, pauseTimer, startTimer, timerFrom, toggleTimer } from "./timer";

describe("the talk timer", () => {
  it("counts from its start", () => {
    const timer = startTimer(freshTimer, 1_000);
    expect(isRunning(timer)).toBe(true);
    expect(elapsedOf(timer, 4_000)).toBe(3_000);
  });

  it("stands still while paused and goes on from there when resumed", () => {
    const paused = pauseTimer(startTimer(freshTimer, 0), 5_000);
    expect(elapsedOf(paused, 60_000)).toBe(5_000);
    const resumed = startTimer(paused, 60_000);
    expect(elapsedOf(resumed, 62_000)).toBe(7_000);
  });

  it("toggles between running and paused", () => {
    const running = toggleTimer(freshTimer, 0);
    expect(isRunning(running)).toBe(true);
    expect(isRunning(toggleTimer(running, 10))).toBe(false);
  });

  it("is fresh only before its first start (or after a reset)", () => {
    expect(isFresh(freshTimer)).toBe(true);
    expect(isFresh(pauseTimer(startTimer(freshTimer, 0), 1_000))).toBe(false);
  });

  it("reads back what was stored", () => {
    const stored = JSON.parse(JSON.stringify(pauseTimer(startTimer(freshTimer, 0), 9_000)));
    expect(timerFrom(stored)).toEqual({ startedAt: null, banked: 9_000 });
    expect(timerFrom({ startedAt: 1_700_000_000_000, banked: 0 })).toEqual({ startedAt: 1_700_000_000_000, banked: 0 });
  });

  it("refuses anything it could not have written, so the face never shows Infinity or NaN", () => {
    // JSON.parse turns 1e999 into Infinity.
    for (const text of ['{"banked":1e999,"startedAt":null}', '{"banked":0,"startedAt":1e999}', '{"banked":-4,"startedAt":null}', '{"banked":0,"startedAt":"x"}', '{"banked":0}', "null", "7", '"text"', '{"banked":1e15,"startedAt":null}']) {
      expect(timerFrom(JSON.parse(text)), text).toBeUndefined();
    }
  });
});
