import { describe, expect, it } from "vitest";
import { emptyRecord, recordMessage } from "./run-record";
import type { TaskLane } from "./messages";

/** `tasks` that counts how often an element is read: a scan per message would read it millions of times. */
function countingTasks(): { tasks: TaskLane[]; reads: () => number } {
  let reads = 0;
  const tasks = new Proxy<TaskLane[]>([], {
    get(target, key, receiver) {
      if (typeof key === "string" && /^\d+$/.test(key)) reads += 1;
      return Reflect.get(target, key, receiver);
    },
  });
  return { tasks, reads: () => reads };
}

describe("recordMessage: tasks", () => {
  it("keeps one lane per task id, its end filled in when it settles", () => {
    const record = emptyRecord(10_000);
    recordMessage(record, { type: "task", id: 1, name: "a", start: 0 });
    recordMessage(record, { type: "task", id: 2, name: "b", start: 5 });
    recordMessage(record, { type: "task", id: 1, name: "a", start: 0, end: 100 });
    expect(record.tasks).toEqual([
      { id: 1, name: "a", start: 0, end: 100 },
      { id: 2, name: "b", start: 5 },
    ]);
  });

  it("20,000 tasks starting and settling read the list a bounded number of times per message, not once per task known", () => {
    const record = emptyRecord(10_000);
    const { tasks, reads } = countingTasks();
    record.tasks = tasks;
    const count = 20_000;
    const starts = Array.from({ length: count }, (_, id) => ({ type: "task" as const, id, name: `t${id}`, start: 0 }));
    recordMessage(record, { type: "events", events: starts });
    recordMessage(record, { type: "events", events: starts.map((start) => ({ ...start, end: 200 })) });
    expect(tasks).toHaveLength(count);
    expect(tasks[count - 1]).toEqual({ id: count - 1, name: `t${count - 1}`, start: 0, end: 200 });
    expect(reads()).toBeLessThan(4 * count);
  });

  it("still finds a task after someone else rearranged the list", () => {
    const record = emptyRecord(10_000);
    recordMessage(record, { type: "task", id: 1, name: "a", start: 0 });
    recordMessage(record, { type: "task", id: 2, name: "b", start: 5 });
    record.tasks.reverse();
    recordMessage(record, { type: "task", id: 1, name: "a", start: 0, end: 100 });
    expect(record.tasks).toEqual([
      { id: 2, name: "b", start: 5 },
      { id: 1, name: "a", start: 0, end: 100 },
    ]);
  });
});
