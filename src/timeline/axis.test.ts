import { describe, expect, it } from "vitest";
import { niceStep, sharedAxis } from "./axis.ts";
import type { TimelineRun } from "./types.ts";

const run = (end: number, finished = true): TimelineRun => ({ lanes: [], end, finished });
const labels = (runs: TimelineRun[]) => sharedAxis(runs).ticks.map((tick) => tick.label);

describe("sharedAxis", () => {
  it("cuts 3 s into half seconds", () => {
    const axis = sharedAxis([run(3_000)]);
    expect(axis.end).toBe(3_000);
    expect(axis.ticks.map((tick) => tick.time)).toEqual([0, 500, 1_000, 1_500, 2_000, 2_500, 3_000]);
    expect(labels([run(3_000)])).toEqual(["0 s", "0.5 s", "1 s", "1.5 s", "2 s", "2.5 s", "3 s"]);
  });

  it("cuts 5 s into whole seconds", () => {
    expect(labels([run(5_000)])).toEqual(["0 s", "1 s", "2 s", "3 s", "4 s", "5 s"]);
  });

  it("cuts 6h40 (24,000 s) into hours and ends exactly at the run's end", () => {
    const axis = sharedAxis([run(24_000_000)]);
    expect(axis.end).toBe(24_000_000);
    expect(axis.ticks.map((tick) => tick.label)).toEqual(["0 s", "1 h", "2 h", "3 h", "4 h", "5 h", "6 h"]);
  });

  it("shares the longest run's end: sequential 5 s beside concurrent 3 s", () => {
    const axis = sharedAxis([run(5_000), run(3_000)]);
    expect(axis.end).toBe(5_000);
    expect(axis.ticks).toHaveLength(6);
  });

  it("rounds a live run's end up to the next tick so the axis does not rescale every frame", () => {
    const axis = sharedAxis([run(2_300, false)]);
    expect(axis.end).toBe(2_500);
    expect(axis.ticks.at(-1)).toEqual({ time: 2_500, label: "2.5 s" });
  });

  it("shows one second before anything has happened", () => {
    expect(sharedAxis([run(0, false)]).end).toBe(1_000);
    expect(sharedAxis([]).end).toBe(1_000);
  });

  it("takes fewer ticks when asked (narrow screens)", () => {
    expect(sharedAxis([run(5_000)], { maxIntervals: 3 }).ticks.map((tick) => tick.label)).toEqual(["0 s", "2 s", "4 s"]);
  });
});

describe("niceStep", () => {
  it("picks clock-friendly steps for long runs", () => {
    expect(niceStep(10 * 60_000)).toBe(2 * 60_000);
    expect(niceStep(3 * 3_600_000)).toBe(30 * 60_000);
    expect(niceStep(3 * 86_400_000)).toBe(12 * 3_600_000);
  });

  it("keeps working past the longest listed step", () => {
    const tenYears = 3_650 * 86_400_000;
    expect(tenYears / niceStep(tenYears)).toBeLessThanOrEqual(8);
  });
});
