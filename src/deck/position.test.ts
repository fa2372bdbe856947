import { describe, expect, it } from "vitest";
import { advance, clampPosition, retreat } from "./position";

// Three slides; the middle one has two steps.
const steps = (index: number) => (index === 1 ? 2 : 0);
const total = 3;

describe("advance (one press forward)", () => {
  it("reveals the next step before leaving a slide", () => {
    expect(advance({ index: 1, step: 0 }, total, steps)).toEqual({ index: 1, step: 1 });
    expect(advance({ index: 1, step: 1 }, total, steps)).toEqual({ index: 1, step: 2 });
  });
  it("moves on with no step of the next slide shown", () => {
    expect(advance({ index: 0, step: 0 }, total, steps)).toEqual({ index: 1, step: 0 });
    expect(advance({ index: 1, step: 2 }, total, steps)).toEqual({ index: 2, step: 0 });
  });
  it("stays put at the very end", () => expect(advance({ index: 2, step: 0 }, total, steps)).toEqual({ index: 2, step: 0 }));
});

describe("retreat (one press back)", () => {
  it("hides the last step shown", () => expect(retreat({ index: 1, step: 2 }, total, steps)).toEqual({ index: 1, step: 1 }));
  it("returns to the previous slide as it was left, every step shown", () => {
    expect(retreat({ index: 2, step: 0 }, total, steps)).toEqual({ index: 1, step: 2 });
  });
  it("stays put at the very start", () => expect(retreat({ index: 0, step: 0 }, total, steps)).toEqual({ index: 0, step: 0 }));
});

describe("clampPosition", () => {
  it("keeps the slide in the deck and the step within the slide's steps", () => {
    expect(clampPosition({ index: 9, step: 0 }, total, steps)).toEqual({ index: 2, step: 0 });
    expect(clampPosition({ index: 1, step: 7 }, total, steps)).toEqual({ index: 1, step: 2 });
    expect(clampPosition({ index: -3, step: -1 }, total, steps)).toEqual({ index: 0, step: 0 });
  });
});
