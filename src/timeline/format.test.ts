import { describe, expect, it } from "vitest";
import { formatAxisLabel, formatDuration } from "./format.ts";

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

describe("formatDuration", () => {
  it("shows seconds with two decimals under a minute", () => {
    expect(formatDuration(0)).toBe("0.00 s");
    expect(formatDuration(2.4)).toBe("0.00 s");
    expect(formatDuration(3_000)).toBe("3.00 s");
    expect(formatDuration(2_345)).toBe("2.35 s");
    expect(formatDuration(59_994)).toBe("59.99 s");
  });

  it("rounds into minutes instead of printing 60.00 s", () => {
    expect(formatDuration(59_996)).toBe("1 min");
  });

  it("shows minutes and whole seconds under an hour", () => {
    expect(formatDuration(65_000)).toBe("1 min 5 s");
    expect(formatDuration(2 * MIN)).toBe("2 min");
    expect(formatDuration(59 * MIN + 59_600)).toBe("1 h");
  });

  it("shows hours and minutes under a day (the 6h40 chess exhibition)", () => {
    expect(formatDuration(HOUR)).toBe("1 h");
    expect(formatDuration(24_000_000)).toBe("6 h 40 min");
    expect(formatDuration(DAY - 1_000)).toBe("1 day");
  });

  it("shows days with one decimal beyond", () => {
    expect(formatDuration(DAY)).toBe("1 day");
    expect(formatDuration(2 * DAY)).toBe("2 days");
    expect(formatDuration(5.7 * DAY)).toBe("5.7 days");
  });

  it("marks what is not a time and keeps the sign of negative gaps", () => {
    expect(formatDuration(Number.NaN)).toBe("—");
    expect(formatDuration(Number.POSITIVE_INFINITY)).toBe("—");
    expect(formatDuration(-1_500)).toBe("−1.50 s");
  });
});

describe("formatAxisLabel", () => {
  it("drops trailing zeros under a minute", () => {
    expect(formatAxisLabel(0)).toBe("0 s");
    expect(formatAxisLabel(500)).toBe("0.5 s");
    expect(formatAxisLabel(1_000)).toBe("1 s");
    expect(formatAxisLabel(2_500)).toBe("2.5 s");
    expect(formatAxisLabel(20)).toBe("0.02 s");
  });

  it("uses at most two units beyond a minute", () => {
    expect(formatAxisLabel(MIN)).toBe("1 min");
    expect(formatAxisLabel(90_000)).toBe("1 min 30 s");
    expect(formatAxisLabel(2 * HOUR)).toBe("2 h");
    expect(formatAxisLabel(24_000_000)).toBe("6 h 40 min");
    expect(formatAxisLabel(DAY)).toBe("1 day");
    expect(formatAxisLabel(2.5 * DAY)).toBe("2 days 12 h");
  });
});

describe("formatDuration in Portuguese", () => {
  it("writes a decimal comma and Portuguese days", () => {
    expect(formatDuration(3_000, "pt-BR")).toBe("3,00 s");
    expect(formatDuration(65_000, "pt-BR")).toBe("1 min 5 s");
    expect(formatDuration(5.7 * 86_400_000, "pt-BR")).toBe("5,7 dias");
    expect(formatDuration(3_000)).toBe("3.00 s");
  });
});
