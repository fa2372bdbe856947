import { describe, expect, it } from "vitest";
import { createLogicalDate } from "./logical-date.ts";

describe("logical Date", () => {
  let now = Date.UTC(2026, 0, 1);
  const LogicalDate = createLogicalDate(Date, () => now);

  it("says the logical time for now, and behaves like Date otherwise", () => {
    now += 1500;
    expect(LogicalDate.now()).toBe(Date.UTC(2026, 0, 1, 0, 0, 1, 500));
    expect(new LogicalDate().toISOString()).toBe("2026-01-01T00:00:01.500Z");
    expect(new LogicalDate(0).getTime()).toBe(0);
    expect(new LogicalDate(2020, 1, 2).getFullYear()).toBe(2020);
    expect(LogicalDate.UTC(2020, 0, 1)).toBe(Date.UTC(2020, 0, 1));
    expect(typeof (LogicalDate as unknown as () => string)()).toBe("string");
  });

  it("keeps instanceof and subclassing working", () => {
    class Stamp extends LogicalDate {}
    const stamp = new Stamp();
    expect(stamp).toBeInstanceOf(Date);
    expect(stamp).toBeInstanceOf(Stamp);
    expect(stamp.getTime()).toBe(now);
    expect(new LogicalDate()).toBeInstanceOf(LogicalDate);
  });
});
