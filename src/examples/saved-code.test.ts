import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { loadEdit, loadKept, openShared, saveEdit } from "./saved-code.ts";

let items = new Map<string, string>();

describe("opening a shared link over a saved edit", () => {
  beforeEach(() => {
    items = new Map<string, string>();
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

describe("edits in each edition", () => {
  beforeEach(() => {
    items = new Map<string, string>();
    const storage = { getItem: (key: string) => items.get(key) ?? null, setItem: (key: string, value: string) => void items.set(key, value), removeItem: (key: string) => void items.delete(key) };
    Object.defineProperty(globalThis, "localStorage", { value: storage, configurable: true });
  });
  afterEach(() => {
    Reflect.deleteProperty(globalThis, "localStorage");
    Reflect.deleteProperty(globalThis, "document");
  });
  const onPageIn = (lang: string) => Object.defineProperty(globalThis, "document", { value: { documentElement: { lang } }, configurable: true });

  it("keeps an English edit under its old key, and a Portuguese one apart", () => {
    onPageIn("en");
    saveEdit("generators/1", "english edit", "lesson");
    onPageIn("pt-BR");
    expect(loadEdit("generators/1")).toBeUndefined();
    saveEdit("generators/1", "edição", "lição");
    onPageIn("en");
    expect(loadEdit("generators/1")).toBe("english edit");
    expect([...items.keys()].sort()).toEqual(["interleave:code:generators/1", "interleave:pt-br:code:generators/1"]);
  });
});
