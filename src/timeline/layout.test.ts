import { describe, expect, it } from "vitest";
import type { GuestMessage } from "../sandbox/protocol/messages.ts";
import { sharedAxis } from "./axis.ts";
import { describeDot, layoutTimeline, type TimelineEntry } from "./layout.ts";
import { TimelineModel } from "./model.ts";
import { concurrentCountdown, sequentialCountdown } from "../../test/support/timeline-fixtures.ts";

function build(messages: GuestMessage[]): TimelineModel {
  const model = new TimelineModel();
  for (const message of messages) model.receive(message);
  return model;
}

const compare: TimelineEntry[] = [
  { label: "sync", model: build(sequentialCountdown()) },
  { label: "async", model: build(concurrentCountdown()) },
];
const layoutOf = (runs: TimelineEntry[], width = 1000, fontSize = 16) =>
  layoutTimeline({ runs, axis: sharedAxis(runs.map((run) => run.model)), width, fontSize });

describe("layoutTimeline", () => {
  it("puts both runs on one axis: the 3 s run ends three fifths along the 5 s one", () => {
    const layout = layoutOf(compare);
    const [sync, async] = layout.groups;
    const plot = layout.plotRight - layout.plotLeft;
    expect(sync?.end.x).toBeCloseTo(layout.plotRight + 0.5, 0);
    expect(((async?.end.x ?? 0) - layout.plotLeft) / plot).toBeCloseTo(0.6, 2);
    expect(async?.end.label).toBe("3.00 s");
  });

  it("stacks the groups without overlap, one row per lane, the axis below", () => {
    const layout = layoutOf(compare);
    const [sync, async] = layout.groups;
    expect(sync && async && sync.bottom < async.headerY).toBe(true);
    expect(async && async.bottom < layout.axisY).toBe(true);
    expect(layout.height).toBeGreaterThan(layout.tickLabelY);
    expect(layout.ticks.map((tick) => tick.label)).toEqual(["0 s", "1 s", "2 s", "3 s", "4 s", "5 s"]);
  });

  it("draws the sync side as one solid bar and the async side as one waiting bar", () => {
    const [sync, async] = layoutOf(compare).groups;
    expect(sync?.lanes[0]?.runs).toHaveLength(1);
    expect(sync?.lanes[0]?.waits).toHaveLength(0);
    expect(async?.lanes[0]?.runs).toHaveLength(0);
    expect(async?.lanes[0]?.waits).toHaveLength(1);
  });

  it("keeps a microsecond run visible as a sliver", () => {
    const model = new TimelineModel();
    model.addTask({ id: 1, name: "A", start: 0 });
    model.addSpan({ id: 1, task: "A", kind: "run", start: 1_000, end: 1_000.01 });
    model.addTask({ id: 1, name: "A", start: 0, end: 3_000 });
    model.finish(3_000);
    const run = layoutOf([{ label: "", model }]).groups[0]?.lanes[0]?.runs[0];
    expect(run?.width).toBeGreaterThanOrEqual(2);
  });

  it("shares one dot among lines printed within a pixel, showing the most severe level", () => {
    const model = new TimelineModel();
    model.addLog({ level: "log", text: "first", time: 1_000 });
    model.addLog({ level: "error", text: "boom", time: 1_000.1 });
    model.addLog({ level: "log", text: "later", time: 2_000 });
    model.finish(3_000);
    const dots = layoutOf([{ label: "", model }]).groups[0]?.lanes[0]?.dots ?? [];
    expect(dots.map((dot) => dot.level)).toEqual(["error", "log"]);
    expect(dots[0] && describeDot(dots[0])).toBe("1.00 s · first\n1.00 s · boom");
  });

  it("caps a dot's tooltip at four lines", () => {
    const model = new TimelineModel();
    for (let index = 0; index < 9; index += 1) model.addLog({ level: "log", text: `n${index}`, time: 500 });
    model.finish(1_000);
    const dot = layoutOf([{ label: "", model }]).groups[0]?.lanes[0]?.dots[0];
    expect(dot && describeDot(dot).split("\n")).toHaveLength(5);
    expect(dot && describeDot(dot)).toMatch(/… and 5 more$/);
  });

  it("bounds bar count by pixels, not by spans", () => {
    const model = new TimelineModel();
    model.addTask({ id: 1, name: "busy", start: 0 });
    for (let index = 0; index < 10_000; index += 1) {
      model.addSpan({ id: 1, task: "busy", kind: "run", start: index, end: index + 0.1 });
      model.addSpan({ id: 1, task: "busy", kind: "wait", start: index + 0.1, end: index + 1 });
    }
    model.finish(10_000);
    const lane = layoutOf([{ label: "", model }], 800).groups[0]?.lanes[0];
    expect((lane?.runs.length ?? 0) + (lane?.waits.length ?? 0)).toBeLessThan(800);
  });

  it("grows with the font size (the deck's larger type)", () => {
    expect(layoutOf(compare, 1000, 20).height).toBeGreaterThan(layoutOf(compare, 1000, 16).height);
  });

  it("cuts long lane names", () => {
    const model = new TimelineModel();
    model.addTask({ id: 1, name: "a-really-long-task-name-for-downloads", start: 0 });
    expect(layoutOf([{ label: "", model }]).groups[0]?.lanes[0]?.name).toBe("a-really-long-tas…");
  });
});
