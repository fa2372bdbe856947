import { describe, expect, it } from "vitest";
import type { GuestMessage } from "../sandbox/protocol/messages.ts";
import { TimelineModel, type TimelineModelOptions } from "./model.ts";
import { concurrentCountdown, concurrentCountdownWithTasks, sequentialCountdown } from "../../test/support/timeline-fixtures.ts";
import type { TimelineLane } from "./types.ts";

function build(messages: GuestMessage[], options?: TimelineModelOptions): TimelineModel {
  const model = new TimelineModel(options);
  for (const message of messages) model.receive(message);
  return model;
}

const lane = (model: TimelineModel, name: string): TimelineLane => {
  const found = model.lanes.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`no lane ${name}`);
  return found;
};
const kinds = (found: TimelineLane) => found.bars.map((bar) => bar.kind);

describe("TimelineModel: the countdown as two tasks", () => {
  const model = build(concurrentCountdownWithTasks());

  it("gives each task a lane, in order of first appearance, and main its own", () => {
    expect(model.lanes.map((found) => found.name)).toEqual(["A", "B", "main"]);
    expect(model.lanes.map((found) => found.role)).toEqual(["task", "task", "main"]);
  });

  it("ends A at 2 s, B at 3 s, and the run at 3 s", () => {
    expect(lane(model, "A").end).toBe(2_000);
    expect(lane(model, "B").end).toBe(3_000);
    expect(model.finished).toBe(true);
    expect(model.end).toBe(3_000);
  });

  it("alternates run and wait bars, covering each task from start to end", () => {
    expect(kinds(lane(model, "A"))).toEqual(["run", "wait", "run", "wait"]);
    expect(kinds(lane(model, "B"))).toEqual(["run", "wait", "run", "wait", "run", "wait"]);
    expect(lane(model, "A").bars[0]).toEqual({ kind: "run", start: 0, end: 1 });
    expect(lane(model, "B").bars.at(-1)).toEqual({ kind: "wait", start: 2_002, end: 3_000 });
  });

  it("puts a dot per log line on the lane of the task that printed it", () => {
    expect(lane(model, "A").markers.map((marker) => [marker.time, marker.text])).toEqual([
      [0, "T-minus 2 (A)"],
      [1_000, "T-minus 1 (A)"],
    ]);
    expect(lane(model, "B").lineCount).toBe(3);
    expect(lane(model, "main").markers.map((marker) => marker.text)).toEqual(["Time taken: 3s"]);
  });

  it("shows main waiting while the tasks ran (the heartbeat never went silent)", () => {
    expect(lane(model, "main").bars).toEqual([{ kind: "wait", start: 0, end: 3_000 }]);
  });
});

describe("TimelineModel: a task's lane", () => {
  it("counts stretches with no span between start and end as waiting", () => {
    const model = build([
      { type: "task", id: 7, name: "fetch", start: 0 },
      { type: "span", id: 7, task: "fetch", kind: "run", start: 1_000, end: 1_010 },
      { type: "task", id: 7, name: "fetch", start: 0, end: 3_000 },
    ]);
    expect(lane(model, "fetch").bars).toEqual([
      { kind: "wait", start: 0, end: 1_000 },
      { kind: "run", start: 1_000, end: 1_010 },
      { kind: "wait", start: 1_010, end: 3_000 },
    ]);
  });

  it("keeps a live task waiting up to the latest time reported", () => {
    const model = build([
      { type: "task", id: 1, name: "slow", start: 0 },
      { type: "span", id: 1, task: "slow", kind: "run", start: 0, end: 5 },
      { type: "tick", time: 800, realTime: 800 },
    ]);
    expect(model.finished).toBe(false);
    expect(model.end).toBe(800);
    expect(lane(model, "slow").end).toBeUndefined();
    expect(lane(model, "slow").bars.at(-1)).toEqual({ kind: "wait", start: 5, end: 800 });
  });

  it("tells apart tasks that share a name by when each was alive", () => {
    const model = build([
      { type: "task", id: 1, name: "download", start: 0, end: 500 },
      { type: "task", id: 2, name: "download", start: 600 },
      { type: "logs", lines: [{ level: "log", text: "second", time: 700, task: "download" }] },
    ]);
    expect(model.lanes.map((found) => [found.key, found.lineCount])).toEqual([
      ["task-1", 0],
      ["task-2", 1],
    ]);
  });

  it("gives a log from a task it never heard of a lane with dots but no bars", () => {
    const model = build([{ type: "logs", lines: [{ level: "warn", text: "hi", time: 40, task: "child" }] }]);
    expect(lane(model, "child").bars).toEqual([]);
    expect(lane(model, "child").markers).toEqual([{ kind: "log", time: 40, text: "hi", level: "warn" }]);
  });
});

describe("TimelineModel: the main lane", () => {
  it("runs for the whole sync countdown: the heartbeat was silent while sleepSync blocked", () => {
    const model = build(sequentialCountdown());
    expect(model.lanes.map((found) => found.name)).toEqual(["main"]);
    expect(lane(model, "main").bars).toEqual([{ kind: "run", start: 0, end: 5_000 }]);
    expect(lane(model, "main").lineCount).toBe(6);
    expect(model.end).toBe(5_000);
  });

  it("waits for the whole async countdown: the heartbeat kept beating", () => {
    const model = build(concurrentCountdown());
    expect(lane(model, "main").bars).toEqual([{ kind: "wait", start: 0, end: 3_000 }]);
  });

  it("is named after the module when asked", () => {
    expect(build(concurrentCountdown(), { mainName: "countdown.ts" }).lanes[0]?.name).toBe("countdown.ts");
  });

  it("leaves run vs wait unknown on virtual time, where the heartbeat means nothing", () => {
    const model = build(sequentialCountdown(), { mode: "virtual" });
    expect(lane(model, "main").bars).toEqual([]);
    expect(lane(model, "main").end).toBe(5_000);
  });

  it("gives blocking inside a task to the task, not to main", () => {
    const model = build([
      { type: "task", id: 1, name: "A", start: 0 },
      { type: "span", id: 1, task: "A", kind: "run", start: 0, end: 2_000 },
      { type: "task", id: 1, name: "A", start: 0, end: 2_000 },
      { type: "tick", time: 2_000, realTime: 2_001 },
      { type: "done", time: 2_000, realTime: 2_051 },
    ]);
    expect(model.lanes.map((found) => found.name)).toEqual(["A"]);
  });

  it("takes heartbeat jitter under load (a 160 ms gap) for a free loop", () => {
    const model = build([
      { type: "logs", lines: [{ level: "log", text: "go", time: 0 }] },
      { type: "tick", time: 100, realTime: 100 },
      { type: "tick", time: 260, realTime: 260 },
      { type: "done", time: 300, realTime: 300 },
    ]);
    expect(lane(model, "main").bars).toEqual([{ kind: "wait", start: 0, end: 300 }]);
  });

  it("shows main for a silent blocking loop that printed nothing", () => {
    const model = build([
      { type: "tick", time: 100, realTime: 100 },
      { type: "tick", time: 1_300, realTime: 1_300 },
      { type: "done", time: 1_300, realTime: 1_350 },
    ]);
    expect(lane(model, "main").bars).toEqual([
      { kind: "wait", start: 0, end: 100 },
      { kind: "run", start: 100, end: 1_300 },
    ]);
  });
});

describe("TimelineModel: bounds and endings", () => {
  it("keeps only the newest dots of a flood but counts every line", () => {
    const model = new TimelineModel();
    for (let index = 0; index < 10_000; index += 1) model.addLog({ level: "log", text: `line ${index}`, time: index });
    const main = lane(model, "main");
    expect(main.lineCount).toBe(10_000);
    expect(main.markers.length).toBeLessThanOrEqual(2_500);
    expect(main.markers.at(-1)?.text).toBe("line 9999");
  });

  it("cuts very long lines in the dot's text", () => {
    const model = build([{ type: "logs", lines: [{ level: "log", text: "x".repeat(5_000), time: 0 }] }]);
    expect(lane(model, "main").markers[0]?.text.length).toBeLessThanOrEqual(201);
  });

  it("ends a timed-out run where it was last seen", () => {
    const model = build([
      { type: "tick", time: 900, realTime: 900 },
      { type: "error", kind: "timeout", name: "", message: "time limit", stack: "" },
    ]);
    expect(model.finished).toBe(true);
    expect(model.end).toBe(900);
  });

  it("recomputes lanes only when something changed", () => {
    const model = build(concurrentCountdown());
    expect(model.lanes).toBe(model.lanes);
  });
});

describe("TimelineModel: 20,000 tasks (issue 17)", () => {
  /** Every task started and ran a moment while a silence of the heartbeat says the loop was held; none has ended. */
  function manyTasks(count: number, every = 0.001): TimelineModel {
    const model = new TimelineModel({ mode: "paced" });
    model.addTick({ time: 0, realTime: 1 });
    for (let id = 0; id < count; id++) {
      model.addTask({ id, name: `t${id}`, start: 1 });
      model.addSpan({ id, task: `t${id}`, kind: "run", start: 1 + id * every, end: 1 + id * every + every / 2 });
    }
    model.addTick({ time: 100, realTime: 900 });
    return model;
  }

  it("works out the bars of the lanes read, not of every task, each time the run moves on", () => {
    const model = manyTasks(20_000);
    for (let frame = 0; frame < 10; frame++) {
      model.addTick({ time: 110 + frame, realTime: 1_000 + frame * 100 });
      for (const shown of model.lanes.slice(0, 50)) expect(shown.bars.length).toBeGreaterThan(0);
    }
    expect(model.barsWorkedOut).toBe(10 * 50);
  });

  it("still shows where main ran: the held loop less the stretches the tasks ran", () => {
    const main = lane(manyTasks(3, 40), "main");
    expect(main.bars).toEqual([
      { kind: "wait", start: 0, end: 21 },
      { kind: "run", start: 21, end: 41 },
      { kind: "wait", start: 41, end: 61 },
      { kind: "run", start: 61, end: 81 },
      { kind: "wait", start: 81, end: 101 },
    ]);
  });

  it("a lane read later keeps the bars of when it was derived", () => {
    const model = manyTasks(1);
    const before = lane(model, "t0");
    model.addTick({ time: 500, realTime: 1_000 });
    expect(before.bars.at(-1)).toEqual({ kind: "wait", start: 1.0005, end: 100 });
    expect(lane(model, "t0").bars.at(-1)).toEqual({ kind: "wait", start: 1.0005, end: 500 });
  });
});
