import { describe, expect, it } from "vitest";
import { capLanes, MAX_DRAWN_LANES } from "./lane-cap.ts";
import { layoutTimeline } from "./layout.ts";
import { TimelineModel } from "./model.ts";

/** A run of `count` tasks, each with a line, as the guest reports them. */
function runOfTasks(count: number): TimelineModel {
  const model = new TimelineModel({ mode: "virtual" });
  for (let id = 0; id < count; id++) {
    model.addTask({ id, name: `t${id}`, start: id / 10 });
    model.addLog({ level: "log", text: `hello from ${id}`, time: id / 10, task: `t${id}` });
    model.addTask({ id, name: `t${id}`, start: id / 10, end: id / 10 + 5 });
  }
  model.finish(2_010);
  return model;
}

describe("lanes drawn", () => {
  it("20,000 task lanes are drawn as 49 and one that says 19,951 more tasks (probe: the page froze ~9 s)", () => {
    const capped = capLanes(runOfTasks(20_000));
    expect(capped.lanes).toHaveLength(MAX_DRAWN_LANES);
    const more = capped.lanes.at(-1)!;
    expect(more).toMatchObject({ name: "19,951 more tasks", role: "task", start: 4.9, end: 2_004.9, lineCount: 19_951 });
    const started = performance.now();
    const layout = layoutTimeline({ runs: [{ label: "", model: capped }], axis: { end: 2_010, ticks: [] }, width: 800, fontSize: 16 });
    expect(performance.now() - started).toBeLessThan(100);
    expect(layout.groups[0]?.lanes).toHaveLength(MAX_DRAWN_LANES);
  });

  it("keeps the main lane, wherever it came, and folds only tasks", () => {
    const model = runOfTasks(100);
    model.addLog({ level: "log", text: "all done", time: 2_000 });
    const capped = capLanes(model);
    expect(capped.lanes).toHaveLength(MAX_DRAWN_LANES);
    expect(capped.lanes.filter((lane) => lane.role === "main")).toHaveLength(1);
    expect(capped.lanes.at(-1)?.name).toBe("52 more tasks");
  });

  it("a run within the cap is drawn as it is", () => {
    const model = runOfTasks(3);
    expect(capLanes(model)).toBe(model);
  });
});
