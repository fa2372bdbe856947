import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { loadEdit, loadKept, openShared } from "./saved-code.ts";

describe("opening a shared link over a saved edit", () => {
  beforeEach(() => {
    const items = new Map<string, string>();
    const storage = { getItem: (key: string) => items.get(key) ?? null, setItem: (key: string, value: string) => void items.set(key, value), removeItem: (key: string) => void items.delete(key) };
    Object.defineProperty(globalThis, "localStorage", { value: storage, configurable: true });
  });
  afterEach(() => {
    Reflect.deleteProperty(globalThis, "localStorage");
  });

  it("keeps the reader's own edit and shows the shared code", () => {
    openShared("a", "mine", "lesson");
    expect(openShared("a", "shared", "lesson")).toBe(true);
    expect(loadEdit("a")).toBe("shared");
    expect(loadKept("a")).toBe("mine");
  });

  it("still offers the kept version when the same link is opened again", () => {
    openShared("a", "mine", "lesson");
    openShared("a", "shared", "lesson");
    expect(openShared("a", "shared", "lesson")).toBe(true);
    expect(loadKept("a")).toBe("mine");
  });

  it("keeps nothing when the reader had no edit of their own", () => {
    expect(openShared("b", "shared", "lesson")).toBe(false);
    expect(loadKept("b")).toBeUndefined();
  });
});
