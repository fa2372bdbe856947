import { describe, expect, it } from "vitest";
import { isSolved, markSolved, readSolved, solvedCount, solvedKey } from "./solved";

function memory() {
  const items = new Map<string, string>();
  const area = { getItem: (key: string) => items.get(key) ?? null, setItem: (key: string, value: string) => void items.set(key, value) };
  return { items, area: () => area };
}

describe("solved marks", () => {
  it("remember an exercise as solved, and count a lesson's", () => {
    const { area } = memory();
    markSolved("generators/take", area, 1);
    markSolved("generators/laziness", area, 2);
    markSolved("delegation/flatten", area, 3);
    expect(isSolved("generators/take", area)).toBe(true);
    expect(isSolved("generators/other", area)).toBe(false);
    expect(solvedCount("generators", area)).toBe(2);
  });

  it("keep the first time an exercise was solved", () => {
    const { area } = memory();
    markSolved("generators/take", area, 1);
    markSolved("generators/take", area, 99);
    expect(readSolved(area)).toEqual({ "generators/take": 1 });
  });

  it("drop what this page could not have written", () => {
    const { items, area } = memory();
    items.set(solvedKey, JSON.stringify({ "generators/take": 1, "javascript:alert(1)": 2, "a/b": "yesterday" }));
    expect(readSolved(area)).toEqual({ "generators/take": 1 });
    items.set(solvedKey, "not json");
    expect(readSolved(area)).toEqual({});
  });

  it("read as none when storage is off", () => {
    expect(readSolved(() => undefined)).toEqual({});
    expect(() => markSolved("generators/take", () => undefined)).not.toThrow();
  });

  it("keep each edition's marks apart, the English ones under the key they always had", () => {
    const { items, area } = memory();
    markSolved("generators/take", area, 1, "en");
    markSolved("delegation/flatten", area, 2, "pt-BR");
    expect(JSON.parse(items.get("interleave:solved") ?? "")).toEqual({ "generators/take": 1 });
    expect(JSON.parse(items.get("interleave:pt-br:solved") ?? "")).toEqual({ "delegation/flatten": 2 });
    expect(isSolved("generators/take", area, "pt-BR")).toBe(false);
    expect(solvedCount("delegation", area, "pt-BR")).toBe(1);
    expect(solvedCount("delegation", area, "en")).toBe(0);
  });
});
