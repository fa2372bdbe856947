import { describe, expect, it } from "vitest";
import { createClock, TURN_SLACK_MS, WALL_READ_GAP_MS } from "./clock.ts";
import { captureHost } from "./host.ts";
import type { ClockMode } from "../sandbox/protocol/messages.ts";

/** A real-time source the test moves by hand; each read can also advance it (for busy-waits). */
function fakeRealTime(stepPerRead = 0) {
  let now = 1_000;
  return { read: () => (now += stepPerRead), advance: (ms: number) => void (now += ms), peek: () => now };
}

/** Macrotasks the test runs by hand: `endTurn()` is "the current macrotask and its microtasks are over". */
function fakeMacrotasks() {
  let pending: (() => void)[] = [];
  return {
    schedule: (callback: () => void) => void pending.push(callback),
    endTurn() {
      const callbacks = pending;
      pending = [];
      for (const callback of callbacks) callback();
    },
  };
}

function clockOn(mode: ClockMode, scale: number, stepPerRead = 0) {
  const real = fakeRealTime(stepPerRead);
  const tasks = fakeMacrotasks();
  const clock = createClock({ mode, scale, realNow: real.read, macrotask: tasks.schedule });
  return { clock, real, endTurn: tasks.endTurn };
}

describe.each(["virtual", "paced"] as const)("the %s clock", (mode) => {
  it("stands still between timers however much real time passes", () => {
    const { clock, real, endTurn } = clockOn(mode, 100);
    real.advance(5_000);
    expect(clock.now()).toBe(0);
    clock.startTurn(300);
    endTurn();
    real.advance(5_000);
    expect(clock.now()).toBe(300);
  });

  it("jumps to a timer's exact due time, and never back", () => {
    const { clock, endTurn } = clockOn(mode, 2000);
    clock.startTurn(1234.5);
    expect(clock.now()).toBe(1234.5);
    endTurn();
    clock.startTurn(1000);
    expect(clock.now()).toBe(1234.5);
  });

  it("adds exactly ms for a blocking sleep", () => {
    const { clock } = clockOn(mode, 4, 0.5);
    clock.startTurn(100);
    clock.block(1000);
    clock.block(-3);
    clock.block(Number.NaN);
    expect(clock.now()).toBe(1100);
  });

  it(`does not move for a turn that takes less than ${TURN_SLACK_MS} real ms, even at scale 2000`, () => {
    const { clock, real } = clockOn(mode, 2000);
    clock.startTurn(500);
    real.advance(TURN_SLACK_MS - 1);
    expect(clock.now()).toBe(500);
  });

  it("lets a busy-wait on the clock end, and keeps the time it read after the turn", () => {
    const { clock, real, endTurn } = clockOn(mode, 2000, 0.01);
    clock.startTurn(500);
    const started = real.peek();
    const t = clock.now();
    while (clock.now() < t + 100) {
      // what a reader may write: `while (Date.now() < t + 100) {}`
    }
    const read = clock.now();
    expect(read).toBeGreaterThanOrEqual(600);
    expect(real.peek() - started).toBeLessThan(TURN_SLACK_MS + 1);
    endTurn();
    real.advance(10_000); // idle between turns is not CPU work
    expect(clock.now()).toBe(read);
  });

  it("counts long work in a turn that keeps reading the clock at scale times real time", () => {
    const { clock, real } = clockOn(mode, 10);
    clock.startTurn(0);
    for (let ms = 0; ms < TURN_SLACK_MS + 30; ms++) {
      real.advance(1);
      clock.now();
    }
    expect(clock.now()).toBeCloseTo(300);
  });

  it("counts a turn's work once across a blocking sleep", () => {
    const { clock, real } = clockOn(mode, 10);
    clock.startTurn(0);
    for (let ms = 0; ms < TURN_SLACK_MS + 30; ms++) {
      real.advance(1);
      clock.now();
    }
    clock.block(1000);
    expect(clock.now()).toBeCloseTo(1300, 0);
    clock.advanceTo(5000);
    expect(clock.now()).toBe(5000);
  });

  it("opens a turn for a read outside any, and closes it with the macrotask", () => {
    const { clock, real, endTurn } = clockOn(mode, 10);
    expect(clock.now()).toBe(0);
    endTurn();
    real.advance(TURN_SLACK_MS * 3); // e.g. waiting for a timer: no turn is open
    expect(clock.now()).toBe(0);
  });

  it("starts again from 0 on restart", () => {
    const { clock, real } = clockOn(mode, 10);
    clock.startTurn(700);
    real.advance(5);
    clock.restart();
    expect(clock.now()).toBe(0);
    expect(clock.realElapsed()).toBe(0);
  });
});

describe("CPU work", () => {
  it(`counts at most ${WALL_READ_GAP_MS} ms between two reads where only wall time can be read: a stalled thread moves no stamp`, () => {
    const real = fakeRealTime();
    const clock = createClock({ mode: "paced", scale: 2000, realNow: real.read, macrotask: () => {} });
    clock.startTurn(3_000_000);
    real.advance(800); // the thread waited for a loaded machine
    expect(clock.now()).toBe(3_000_000);
    real.advance(800);
    expect(clock.now()).toBe(3_000_000);
  });

  it("counts a whole stall where the thread's CPU time can be read… as no work at all", () => {
    const real = fakeRealTime();
    let cpu = 0;
    const clock = createClock({ mode: "paced", scale: 10, realNow: real.read, cpuNow: () => cpu, macrotask: () => {} });
    clock.startTurn(0);
    real.advance(5000);
    expect(clock.now()).toBe(0);
    cpu += TURN_SLACK_MS + 30; // one long computation between two reads counts in full
    expect(clock.now()).toBeCloseTo(300);
  });

  it("is counted in CPU time where the host can tell: a thread waiting for a busy machine is not working", () => {
    const real = fakeRealTime();
    let cpu = 0;
    const clock = createClock({ mode: "paced", scale: 2000, realNow: real.read, cpuNow: () => cpu, macrotask: () => {} });
    clock.startTurn(100);
    real.advance(400); // descheduled
    cpu += 20;
    expect(clock.now()).toBe(100);
    cpu += TURN_SLACK_MS;
    expect(clock.now()).toBe(100 + 20 * 2000);
  });

  it("reads Node's thread CPU time through the captured host", () => {
    const host = captureHost({ setTimeout, clearTimeout, setInterval, clearInterval, Date, process: { threadCpuUsage: () => ({ user: 1500, system: 500 }) } });
    expect(host.cpuNow?.()).toBe(2);
    expect(captureHost({ setTimeout, clearTimeout, setInterval, clearInterval, Date }).cpuNow).toBeUndefined();
  });
});

describe("pacing", () => {
  it("under virtual time, never waits", () => {
    const { clock } = clockOn("virtual", 1);
    expect(clock.realDelayUntil(60_000)).toBe(0);
  });

  it("when paced, waits until real time × scale reaches the due time", () => {
    const { clock, real } = clockOn("paced", 100);
    real.advance(5);
    expect(clock.realDelayUntil(2000)).toBe(15);
    real.advance(30); // a late page fires at once
    expect(clock.realDelayUntil(2000)).toBe(0);
  });

  it("when paced, a blocking sleep busy-waits until real time catches up with it", () => {
    const { clock } = clockOn("paced", 4, 0.5);
    clock.block(1000);
    expect(clock.now()).toBe(1000);
    expect(clock.realElapsed()).toBeGreaterThanOrEqual(250);
    expect(clock.realElapsed()).toBeLessThan(255);
  });

  it("when paced and already late, a blocking sleep does not wait", () => {
    const { clock, real } = clockOn("paced", 4, 0.5);
    real.advance(1000); // 4000 logical ms behind
    const before = clock.realElapsed();
    clock.block(1000);
    expect(clock.realElapsed() - before).toBeLessThan(5);
    expect(clock.now()).toBe(1000);
  });
});

it("refuses a scale that is not a positive number", () => {
  expect(() => createClock({ mode: "paced", scale: 0, realNow: () => 0, macrotask: () => {} })).toThrow(RangeError);
});
