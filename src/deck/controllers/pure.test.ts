import { describe, expect, it } from "vitest";
import { slideIndexFromHash } from "./location";
import { fitScale } from "./scale";

describe("slideIndexFromHash", () => {
  it("reads a 1-based slide number into a 0-based index", () => {
    expect(slideIndexFromHash("#7")).toBe(6);
    expect(slideIndexFromHash("#0")).toBe(0);
  });
  it("ignores anything that is not a slide number", () => {
    expect(slideIndexFromHash("")).toBeUndefined();
    expect(slideIndexFromHash("#intro")).toBeUndefined();
  });
});

describe("fitScale", () => {
  it("fills a 16:9 window exactly", () => expect(fitScale(1920, 1080)).toBe(1.5));
  it("letterboxes a 4:3 window by width", () => expect(fitScale(1024, 768)).toBe(0.8));
  it("pillarboxes a wide phone by height", () => expect(fitScale(844, 390)).toBeCloseTo(390 / 720));
});
