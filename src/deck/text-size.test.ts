import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { stepAlong, storedTextSize } from "./text-size";

const scale = [0.8, 0.9, 1, 1.15, 1.3, 1.5];

describe("stepAlong", () => {
  it("steps up and down the scale", () => {
    expect(stepAlong(scale, 1, 1)).toBe(1.15);
    expect(stepAlong(scale, 1, -1)).toBe(0.9);
  });
  it("stops at both ends", () => {
    expect(stepAlong(scale, 1.5, 1)).toBe(1.5);
    expect(stepAlong(scale, 0.8, -1)).toBe(0.8);
  });
  it("steps from between two sizes as if from the larger", () => {
    expect(stepAlong(scale, 1.05, -1)).toBe(1);
    expect(stepAlong(scale, 1.05, 1)).toBe(1.3);
  });
  it("treats float noise as the size it almost is", () => expect(stepAlong(scale, 1.15 - 1e-12, 1)).toBe(1.3));
});

describe("storedTextSize", () => {
  const items = new Map<string, string>();
  beforeEach(() => {
    items.clear();
    Object.defineProperty(globalThis, "localStorage", {
      configurable: true,
      value: { getItem: (key: string) => items.get(key) ?? null, setItem: (key: string, value: string) => void items.set(key, value), removeItem: (key: string) => void items.delete(key) },
    });
  });
  afterEach(() => Reflect.deleteProperty(globalThis, "localStorage"));

  it("reads the default until a size is stored, then the stored size", () => {
    const size = storedTextSize("notes", [16, 22, 36], 22);
    expect(size.read()).toBe(22);
    expect(size.step(22, 1)).toBe(36);
    expect(size.read()).toBe(36);
  });

  it("reads a size outside the scale's range, or not a number, as the default", () => {
    const size = storedTextSize("notes", [16, 22, 36], 22);
    for (const text of ["10000", "-1", "Infinity", "NaN", "", "big"]) {
      items.set("notes", text);
      expect(size.read()).toBe(22);
    }
  });

  it("knows the ends of its scale", () => {
    const size = storedTextSize("notes", [16, 22, 36], 22);
    expect([size.isSmallest(16), size.isSmallest(22), size.isLargest(36), size.isLargest(22)]).toEqual([true, false, true, false]);
  });
});
