import { describe, expect, it } from "vitest";
import { isSitePath, lessonState, markCompleted, markVisited, progressKey, readProgress, rememberPlace, type ProgressStorage } from "./store";

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

  it("never offers to continue at a stored link that leaves the site or runs script", () => {
    for (const href of ["javascript:alert(document.cookie)", "//evil.example/lessons/", "https://evil.example/", "/\\evil.example/", "data:text/html,hi"]) {
      const place = { lesson: "a", title: "A", href, label: "X", at: 1 };
      const progress = readProgress(fakeStorage(JSON.stringify({ lessons: { a: { visited: 1 } }, last: place })));
      expect(progress.last, href).toBeUndefined();
      expect(progress.lessons).toEqual({ a: { visited: 1 } });
    }
    expect(isSitePath("/course/lessons/a/slides/#3")).toBe(true);
  });

  it("drops stored lesson entries it could not have written", () => {
    const stored = JSON.stringify({ lessons: { a: { visited: 1 }, b: { visited: "yesterday" }, c: null } });
    expect(readProgress(fakeStorage(stored)).lessons).toEqual({ a: { visited: 1 } });
  });
});
