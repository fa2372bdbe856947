import { describe, expect, it } from "vitest";
import { isGuestMessage, isRunMessage } from "./messages.ts";

describe("protocol guards", () => {
  it("recognise guest messages by their tag", () => {
    expect(isGuestMessage({ type: "done", time: 1, realTime: 1 })).toBe(true);
    expect(isGuestMessage({ type: "logs", lines: [] })).toBe(true);
    expect(isGuestMessage({ type: "frame-ready" })).toBe(false);
    expect(isGuestMessage(null)).toBe(false);
    expect(isGuestMessage("done")).toBe(false);
  });

  it("accept only complete run messages", () => {
    const run = { type: "run", code: "", mode: "virtual", scale: 1, timeLimit: 10_000 };
    expect(isRunMessage(run)).toBe(true);
    expect(isRunMessage({ ...run, code: undefined, moduleUrl: "blob:x" })).toBe(true);
    expect(isRunMessage({ ...run, code: undefined })).toBe(false);
    expect(isRunMessage({ ...run, mode: "paced" })).toBe(true);
    expect(isRunMessage({ ...run, mode: "real" })).toBe(false); // retired: page runs are paced
    expect(isRunMessage({ ...run, mode: "fast" })).toBe(false);
    expect(isRunMessage({ ...run, scale: 0 })).toBe(false);
    expect(isRunMessage({ ...run, locale: "pt-BR" })).toBe(true);
    expect(isRunMessage({ ...run, locale: "fr" })).toBe(false);
  });
});
