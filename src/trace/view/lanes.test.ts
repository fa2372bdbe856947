import { describe, expect, it } from "vitest";
import { traceSteps } from "../../../test/support/trace-helpers.ts";
import { TraceLanes } from "./lanes.ts";
import { layoutTimeline } from "../../timeline/layout.ts";
import { timelineSvg } from "../../timeline/svg.ts";

const countdown = `import { sleep } from "interleave";
async function countdown(label: string, n: number) {
  while (n > 0) { console.log(label, n); await sleep(1000); n -= 1; }
}
await Promise.all([countdown("A", 2), countdown("B", 3)]);`;

describe("trace lanes", () => {
  it("give each frame a lane, running between resume and pause, with a marker at each", async () => {
    const { model } = await traceSteps(countdown);
    const lanes = new TraceLanes(model, "time");
    expect(lanes.lanes.map((lane) => [lane.name, lane.role, lane.start, lane.end])).toEqual([
      ["top level", "main", 0, 3000],
      ["countdown('A', 2)", "task", 0, 2000],
      ["countdown('B', 3)", "task", 0, 3000],
    ]);
    const a = lanes.lanes[1]!;
    expect(a.bars.filter((bar) => bar.kind === "wait").map((bar) => [bar.start, bar.end])).toEqual([[0, 1000], [1000, 2000]]);
    expect(a.markers.filter((marker) => marker.kind === "pause")).toHaveLength(2);
    expect(a.markers.filter((marker) => marker.kind === "resume").map((marker) => marker.time)).toEqual([1000, 2000]);
    expect(a.markers.filter((marker) => marker.kind === "log").map((marker) => marker.text)).toEqual(["A 2", "A 1"]);
  });

  it("on the step axis, put the cursor in the middle of the current step and label ticks with the time", async () => {
    const { model } = await traceSteps(countdown);
    const lanes = new TraceLanes(model, "steps");
    const run = lanes.run(4, true);
    expect(run.cursor).toBe(4.5);
    expect(run.end).toBe(model.length);
    expect(run.units?.point(4.5)).toBe("step 5 · 0.00 s");
    expect(lanes.stepAxis().ticks.map((tick) => tick.label)).toEqual(["0 s", "1 s", "2 s", "3 s"]);
  });

  it("draw on the run timeline with a cursor line and pause and resume dots of their own", async () => {
    const { model } = await traceSteps(countdown);
    const lanes = new TraceLanes(model, "steps");
    const layout = layoutTimeline({ runs: [{ label: "", model: lanes.run(10, true) }], axis: lanes.stepAxis(), width: 600, fontSize: 16 });
    expect(layout.groups[0]?.cursor).toBeGreaterThan(layout.plotLeft);
    const svg = timelineSvg(layout, { idPrefix: "t", ariaLabel: "trace" });
    expect(svg).toContain('class="tl-cursor"');
    expect(svg).toContain("tl-dot-pause");
    expect(svg).toContain("tl-dot-resume");
  });
});
