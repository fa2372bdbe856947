import { describe, expect, it } from "vitest";
import { lessonState, markCompleted, markVisited, progressKey, readProgress, rememberPlace, type ProgressStorage } from "./store";

function fakeStorage(initial?: string): ProgressStorage & { value?: string } {
  const storage = {
    value: initial,
    getItem: (key: string) => (key === progressKey ? (storage.value ?? null) : null),
    setItem: (key: string, value: string) => {
      if (key === progressKey) storage.value = value;
    },
  };
  return storage;
}

describe("reading progress", () => {
  it("starts empty, and treats unreadable storage as empty", () => {
    expect(readProgress(fakeStorage())).toEqual({ lessons: {} });
    expect(readProgress(fakeStorage("{not json"))).toEqual({ lessons: {} });
    expect(readProgress(fakeStorage('"a string"'))).toEqual({ lessons: {} });
    expect(readProgress(undefined)).toEqual({ lessons: {} });
  });

  it("marks a lesson visited once, keeping the first time", () => {
    const storage = fakeStorage();
    markVisited(storage, "generators", 1);
    markVisited(storage, "generators", 2);
    expect(readProgress(storage).lessons).toEqual({ generators: { visited: 1 } });
    expect(lessonState(readProgress(storage), "generators")).toBe("visited");
  });

  it("marks a lesson completed, visiting it too if it was not yet", () => {
    const storage = fakeStorage();
    markCompleted(storage, "executors", 5);
    markCompleted(storage, "executors", 9);
    expect(readProgress(storage).lessons.executors).toEqual({ visited: 5, completed: 5 });
    expect(lessonState(readProgress(storage), "executors")).toBe("completed");
    expect(lessonState(readProgress(storage), "generators")).toBeUndefined();
  });

  it("remembers only the latest place", () => {
    const storage = fakeStorage();
    rememberPlace(storage, { lesson: "a", title: "A", href: "/lessons/a/#x", label: "X" }, 1);
    rememberPlace(storage, { lesson: "b", title: "B", href: "/lessons/b/slides/#3", label: "slide 3" }, 2);
    expect(readProgress(storage).last).toEqual({ lesson: "b", title: "B", href: "/lessons/b/slides/#3", label: "slide 3", at: 2 });
  });

  it("keeps working when storage refuses to write", () => {
    const storage: ProgressStorage = { getItem: () => null, setItem: () => { throw new Error("quota"); } };
    expect(markVisited(storage, "a", 1).lessons.a).toEqual({ visited: 1 });
  });
});
