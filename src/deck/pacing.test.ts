import { describe, expect, it } from "vitest";
import { formatElapsed, pacing } from "./pacing";

const minute = 60_000;
// A 40-minute talk of 20 slides: the plan gives each slide 2 minutes.
const talk = { durationMinutes: 40, total: 20 };

describe("pacing", () => {
  it("is on time at the start, on the first slide", () => {
    expect(pacing({ ...talk, elapsedMs: 0, index: 0 })).toMatchObject({ status: "on-time", minutes: 0, label: "on time", expected: 0 });
  });

  it("expects slide elapsed / duration × total", () => {
    expect(pacing({ ...talk, elapsedMs: 10 * minute, index: 5 }).expected).toBe(5);
  });

  it("is on time anywhere inside the current slide's share of the talk", () => {
    // Slide 6 (index 5) owns minutes 10–12.
    expect(pacing({ ...talk, elapsedMs: 10 * minute, index: 5 }).status).toBe("on-time");
    expect(pacing({ ...talk, elapsedMs: 11.9 * minute, index: 5 }).status).toBe("on-time");
  });

  it("says how many minutes behind, once the clock has left the slide's share", () => {
    // At 10 min the plan is at slide 6; still on slide 2 (index 1, owning minutes 2–4): 6 min late.
    expect(pacing({ ...talk, elapsedMs: 10 * minute, index: 1 })).toMatchObject({ status: "behind", minutes: 6, label: "6 min behind" });
  });

  it("says how many minutes ahead", () => {
    expect(pacing({ ...talk, elapsedMs: 10 * minute, index: 6 })).toMatchObject({ status: "ahead", minutes: 2, label: "2 min ahead" });
  });

  it("rounds to whole minutes, so half a minute either way is on time", () => {
    expect(pacing({ ...talk, elapsedMs: 4.4 * minute, index: 1 }).label).toBe("on time");
    expect(pacing({ ...talk, elapsedMs: 5 * minute, index: 1 }).label).toBe("1 min behind");
  });

  it("is on time on the last slide as the planned end arrives, and flags overtime after it", () => {
    expect(pacing({ ...talk, elapsedMs: 40 * minute, index: 19 })).toMatchObject({ status: "on-time", overtime: false });
    expect(pacing({ ...talk, elapsedMs: 45 * minute, index: 19 })).toMatchObject({ status: "behind", minutes: 5, overtime: true });
  });

  it("copes with a one-slide deck and a zero duration", () => {
    expect(pacing({ elapsedMs: 0, durationMinutes: 0, index: 0, total: 1 }).status).toBe("on-time");
    expect(pacing({ elapsedMs: 0, durationMinutes: 10, index: 0, total: 0 }).status).toBe("on-time");
  });
});

describe("formatElapsed", () => {
  it("shows minutes and seconds", () => {
    expect(formatElapsed(0)).toBe("0:00");
    expect(formatElapsed(7_900)).toBe("0:07");
    expect(formatElapsed(12 * minute + 34_000)).toBe("12:34");
  });
  it("adds hours past the hour", () => expect(formatElapsed(62 * minute + 3_000)).toBe("1:02:03"));
  it("never shows a negative time", () => expect(formatElapsed(-5_000)).toBe("0:00"));
});
