import { describe, expect, it } from "vitest";
import { pacedFrames, type FrameClock } from "./paced-frames.ts";

/** A page whose frames come every 16 ms; `costs` says how long each run of the work takes. */
function fakePage() {
  let time = 0;
  let frameWaiters: (() => void)[] = [];
  const timers: { at: number; callback: () => void }[] = [];
  const clock: FrameClock = {
    now: () => time,
    nextFrame: (callback) => void frameWaiters.push(callback),
    after: (ms, callback) => void timers.push({ at: time + ms, callback }),
  };
  /** Advances to the next frame boundary at or after now, firing timers due and then the frame's callbacks. */
  const frame = () => {
    time = Math.ceil((time + 1) / 16) * 16;
    for (const timer of timers.filter((each) => each.at <= time)) {
      timers.splice(timers.indexOf(timer), 1);
      timer.callback();
    }
    const waiting = frameWaiters;
    frameWaiters = [];
    for (const callback of waiting) callback();
  };
  return { clock, frame, spend: (ms: number) => (time += ms), now: () => time };
}

describe("pacedFrames", () => {
  it("runs cheap work once per frame however often it is asked, as plain requestAnimationFrame would", () => {
    const page = fakePage();
    let runs = 0;
    const schedule = pacedFrames(() => {
      runs += 1;
      page.spend(2);
    }, page.clock);
    for (let frame = 0; frame < 60; frame++) {
      schedule();
      schedule();
      page.frame();
    }
    expect(runs).toBe(60);
  });

  it("lets work of 40 ms a frame (20,000 lanes drawn) take about a quarter of the main thread, not all of it", () => {
    const page = fakePage();
    let runs = 0;
    const schedule = pacedFrames(() => {
      runs += 1;
      page.spend(40);
    }, page.clock);
    while (page.now() < 10_000) {
      schedule();
      page.frame();
    }
    expect(runs * 40).toBeGreaterThan(0.2 * 10_000);
    expect(runs * 40).toBeLessThanOrEqual(0.26 * 10_000);
  });

  it("still runs the last ask, however long the one before took", () => {
    const page = fakePage();
    const seen: number[] = [];
    let value = 0;
    const schedule = pacedFrames(() => {
      seen.push(value);
      page.spend(100);
    }, page.clock);
    schedule();
    page.frame();
    value = 1;
    schedule();
    for (let frame = 0; frame < 40; frame++) page.frame();
    expect(seen).toEqual([0, 1]);
  });

  it("after a one-off slow run (the first drawing loads fonts) waits 300 ms at most", () => {
    const page = fakePage();
    const ranAt: number[] = [];
    let cost = 2_000;
    const schedule = pacedFrames(() => {
      ranAt.push(page.now());
      page.spend(cost);
      cost = 2;
    }, page.clock);
    schedule();
    page.frame();
    schedule();
    while (ranAt.length < 2) page.frame();
    expect((ranAt[1] ?? 0) - (ranAt[0] ?? 0) - 2_000).toBeLessThanOrEqual(300 + 16);
  });
});
