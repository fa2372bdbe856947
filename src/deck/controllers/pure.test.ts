import { describe, expect, it } from "vitest";
import { hashForPosition, positionFromHash, slideIndexFromHash } from "./location";
import { fitScale } from "./scale";
import { slideNumberFrom } from "./goto";

describe("slideIndexFromHash", () => {
  it("reads a 1-based slide number into a 0-based index", () => {
    expect(slideIndexFromHash("#7")).toBe(6);
    expect(slideIndexFromHash("#0")).toBe(0);
  });
  it("reads the slide of a hash that also names a step or a shared example", () => {
    expect(slideIndexFromHash("#7.2")).toBe(6);
    expect(slideIndexFromHash("#7&step=2")).toBe(6);
    expect(slideIndexFromHash("#7&share=lesson%2F1~YQ")).toBe(6);
  });
  it("ignores anything that is not a slide number", () => {
    expect(slideIndexFromHash("")).toBeUndefined();
    expect(slideIndexFromHash("#intro")).toBeUndefined();
    expect(slideIndexFromHash("#share=x~y")).toBeUndefined();
    expect(slideIndexFromHash("#7x")).toBeUndefined();
  });
});

describe("positionFromHash", () => {
  it("reads the step after a dot", () => expect(positionFromHash("#7.2")).toEqual({ index: 6, step: 2 }));
  it("reads the step from step=", () => expect(positionFromHash("#7&step=3")).toEqual({ index: 6, step: 3 }));
  it("is step 0 when none is named", () => expect(positionFromHash("#7")).toEqual({ index: 6, step: 0 }));
  it("keeps the step when a share link follows", () => expect(positionFromHash("#3.1&share=a~b")).toEqual({ index: 2, step: 1 }));
});

describe("hashForPosition", () => {
  it("writes #N for a slide with no step shown", () => expect(hashForPosition({ index: 6, step: 0 })).toBe("#7"));
  it("writes #N.S once steps are shown", () => expect(hashForPosition({ index: 6, step: 2 })).toBe("#7.2"));
  it("round-trips", () => expect(positionFromHash(hashForPosition({ index: 11, step: 4 }))).toEqual({ index: 11, step: 4 }));
});

describe("fitScale", () => {
  it("fills a 16:9 window exactly", () => expect(fitScale(1920, 1080)).toBe(1.5));
  it("letterboxes a 4:3 window by width", () => expect(fitScale(1024, 768)).toBe(0.8));
  it("pillarboxes a wide phone by height", () => expect(fitScale(844, 390)).toBeCloseTo(390 / 720));
});

describe("slideNumberFrom (go to)", () => {
  it("reads a slide number", () => expect(slideNumberFrom(" 12 ", 20)).toBe(12));
  it("clamps to the deck", () => {
    expect(slideNumberFrom("99", 20)).toBe(20);
    expect(slideNumberFrom("0", 20)).toBe(1);
  });
  it("refuses anything else", () => expect(slideNumberFrom("twelve", 20)).toBeUndefined());
});
