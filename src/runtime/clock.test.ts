import { describe, expect, it } from "vitest";
import { createClock } from "./clock.ts";

/** A real-time source the test moves by hand; each read can also advance it (for busy-waits). */
function fakeRealTime(stepPerRead = 0) {
  let now = 1_000;
  return { read: () => (now += stepPerRead), advance: (ms: number) => void (now += ms) };
}

describe("clock", () => {
  it("runs scale times faster than real time", () => {
    const real = fakeRealTime();
    const clock = createClock({ mode: "real", scale: 100, realNow: real.read });
    real.advance(25);
    expect(clock.now()).toBe(2500);
    expect(clock.realElapsed()).toBe(25);
  });

  it("in real mode, never reads earlier than a timer that already fired", () => {
    const real = fakeRealTime();
    const clock = createClock({ mode: "real", scale: 10, realNow: real.read });
    real.advance(99.95);
    clock.advanceTo(1000);
    expect(clock.now()).toBe(1000);
    real.advance(1);
    expect(clock.now()).toBeCloseTo(1009.5);
  });

  it("in virtual mode, stands still until moved, and never moves back", () => {
    const real = fakeRealTime();
    const clock = createClock({ mode: "virtual", scale: 1, realNow: real.read });
    real.advance(500);
    expect(clock.now()).toBe(0);
    clock.advanceTo(300);
    clock.advanceTo(200);
    expect(clock.now()).toBe(300);
  });

  it("blocks by busy-waiting ms / scale real ms in real mode", () => {
    const real = fakeRealTime(0.5);
    const clock = createClock({ mode: "real", scale: 4, realNow: real.read });
    const before = clock.now();
    clock.block(1000);
    expect(clock.now() - before).toBeGreaterThanOrEqual(1000);
    expect(clock.now() - before).toBeLessThan(1010);
    expect(clock.realElapsed()).toBeGreaterThanOrEqual(250);
  });

  it("blocks by jumping in virtual mode", () => {
    const clock = createClock({ mode: "virtual", scale: 1, realNow: fakeRealTime().read });
    clock.block(1500);
    clock.block(-3);
    expect(clock.now()).toBe(1500);
  });

  it("starts again from 0 on restart", () => {
    const real = fakeRealTime();
    const clock = createClock({ mode: "real", scale: 10, realNow: real.read });
    real.advance(5);
    clock.restart();
    expect(clock.now()).toBe(0);
    real.advance(1);
    expect(clock.now()).toBe(10);
  });

  it("refuses a scale that is not a positive number", () => {
    expect(() => createClock({ mode: "real", scale: 0, realNow: () => 0 })).toThrow(RangeError);
  });
});
