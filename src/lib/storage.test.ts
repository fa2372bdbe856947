import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { storedJson, storedNumber, storedText } from "./storage.ts";

function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, String(value)),
  };
}

describe("stored values", () => {
  beforeEach(() => {
    Object.defineProperty(globalThis, "localStorage", { value: memoryStorage(), configurable: true });
  });
  afterEach(() => {
    Reflect.deleteProperty(globalThis, "localStorage");
  });

  it("reads back what it wrote, and nothing once removed", () => {
    const theme = storedText("theme", (text) => ["light", "dark"].includes(text));
    theme.write("dark");
    expect(theme.read()).toBe("dark");
    theme.remove();
    expect(theme.read()).toBeUndefined();
  });

  it("reads a value it could not have written as nothing", () => {
    localStorage.setItem("theme", "javascript:alert(1)");
    localStorage.setItem("size", "10000");
    localStorage.setItem("timer", "{not json");
    expect(storedText("theme", (text) => ["light", "dark"].includes(text)).read()).toBeUndefined();
    expect(storedNumber("size", 12, 48).read()).toBeUndefined();
    expect(storedJson("timer", (value) => (typeof value === "number" ? value : undefined)).read()).toBeUndefined();
  });

  it("rejects numbers that are not finite or not numbers at all", () => {
    const size = storedNumber("size", 0, 100);
    for (const text of ["", "Infinity", "NaN", "abc"]) {
      localStorage.setItem("size", text);
      expect(size.read()).toBeUndefined();
    }
  });

  it("behaves as empty where storage throws", () => {
    Object.defineProperty(globalThis, "localStorage", {
      configurable: true,
      get() {
        throw new DOMException("denied", "SecurityError");
      },
    });
    const theme = storedText("theme");
    expect(() => theme.write("dark")).not.toThrow();
    expect(theme.read()).toBeUndefined();
  });
});
