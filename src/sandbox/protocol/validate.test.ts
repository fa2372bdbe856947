import { describe, expect, it } from "vitest";
import { MAX_ERROR_MESSAGE, MAX_EVENTS_PER_MESSAGE, MAX_LINE_LENGTH, MAX_LINES_PER_MESSAGE } from "./limits.ts";
import { encodeTraceBatch } from "./trace-codec.ts";
import { checkFrameMessage, checkGuestMessage, isConnectMessage, workerFailure } from "./validate.ts";

const line = (text = "hi") => ({ level: "log", text, time: 0 });
const problemOf = (value: unknown) => {
  const checked = checkGuestMessage(value);
  return checked.ok ? undefined : checked.problem;
};

describe("checking what a guest posts", () => {
  it("accepts every message an honest guest sends", () => {
    const honest = [
      { type: "ready" },
      { type: "logs", lines: [line(), { ...line(), level: "warn", task: "A" }] },
      { type: "task", id: 1, name: "A", start: 0 },
      { type: "task", id: 1, name: "A", start: 0, end: 5 },
      { type: "span", id: 1, task: "A", kind: "run", start: 0, end: 1 },
      { type: "events", events: [{ type: "task", id: 2, name: "B", start: 0 }, { type: "span", id: 2, task: "B", kind: "wait", start: 0, end: 3 }] },
      { type: "tick", time: 100, realTime: 101 },
      { type: "dropped", count: 12 },
      { type: "error", kind: "uncaught", name: "Error", message: "boom", stack: "Error: boom\n    at blob:x:1:1" },
      { type: "done", time: 3, realTime: 4 },
      { type: "result", ok: true, value: { any: "thing" }, time: 0 },
      { type: "result", ok: false, error: { name: "", message: "x", stack: "" }, time: 0 },
      { type: "trace", batch: encodeTraceBatch([{ kind: "task", task: 1, name: "A", end: false, seq: 0, time: 0 }]) },
    ];
    for (const message of honest) expect(checkGuestMessage(message)).toEqual({ ok: true, message });
  });

  it("refuses a 100 MB log line (probe: it crashed the tab)", () => {
    expect(problemOf({ type: "logs", lines: [line("x".repeat(100 * 2 ** 20))] })).toMatch(/longer than/);
    expect(problemOf({ type: "logs", lines: [line("x".repeat(MAX_LINE_LENGTH))] })).toBeUndefined();
  });

  it("refuses an error whose message is 2^28 characters (probe: it crashed the tab)", () => {
    const message = { type: "error", kind: "uncaught", name: "Error", message: "M".repeat(2 ** 28), stack: "" };
    expect(problemOf(message)).toMatch(/error message is longer than/);
    expect(problemOf({ ...message, message: "M".repeat(MAX_ERROR_MESSAGE) })).toBeUndefined();
  });

  it("refuses messages past their line or event counts, and batches of lines too large together", () => {
    expect(problemOf({ type: "logs", lines: Array.from({ length: MAX_LINES_PER_MESSAGE + 1 }, () => line()) })).toMatch(/more than/);
    expect(problemOf({ type: "logs", lines: Array.from({ length: 1000 }, () => line("x".repeat(MAX_LINE_LENGTH))) })).toMatch(/characters/);
    const task = { type: "task", id: 1, name: "A", start: 0 };
    expect(problemOf({ type: "events", events: Array.from({ length: MAX_EVENTS_PER_MESSAGE + 1 }, () => task) })).toMatch(/more than/);
  });

  it("refuses wrong shapes and types, field by field", () => {
    expect(problemOf(null)).toMatch(/without a type/);
    expect(problemOf({ type: "frame-ready" })).toMatch(/unknown type/);
    expect(problemOf({ type: "constructor" })).toMatch(/unknown type/);
    expect(problemOf({ type: "done" })).toMatch(/times/);
    expect(problemOf({ type: "done", time: Number.NaN, realTime: 0 })).toMatch(/times/);
    expect(problemOf({ type: "logs", lines: "many" })).toMatch(/no lines/);
    expect(problemOf({ type: "logs", lines: [{ ...line(), level: "shout" }] })).toMatch(/level/);
    expect(problemOf({ type: "logs", lines: [{ ...line(), text: 5 }] })).toMatch(/line/);
    expect(problemOf({ type: "task", id: -1, name: "A", start: 0 })).toMatch(/id/);
    expect(problemOf({ type: "task", id: 1, name: "A".repeat(10_000), start: 0 })).toMatch(/name/);
    expect(problemOf({ type: "span", id: 1, task: "A", kind: "sleep", start: 0, end: 1 })).toMatch(/kind/);
    expect(problemOf({ type: "events", events: [{ type: "done", time: 0, realTime: 0 }] })).toMatch(/neither/);
    expect(problemOf({ type: "dropped", count: 1.5 })).toMatch(/count/);
    expect(problemOf({ type: "error", kind: "fatal", name: "", message: "", stack: "" })).toMatch(/kind/);
    expect(problemOf({ type: "result", ok: false, time: 0 })).toMatch(/error/);
    expect(problemOf({ type: "trace", batch: { numbers: [1, 2], strings: [] } })).toMatch(/Float64Array/);
  });
});

describe("checking the sandbox handshake", () => {
  it("the frame may say it is ready, or that its worker failed, and nothing else", () => {
    expect(checkFrameMessage({ type: "frame-ready" }).ok).toBe(true);
    expect(checkFrameMessage({ type: "error", kind: "uncaught", name: "Error", message: "x", stack: "" }).ok).toBe(true);
    expect(checkFrameMessage({ type: "done", time: 0, realTime: 0 }).ok).toBe(false);
    expect(checkFrameMessage({ type: "error", kind: "uncaught", name: "Error", message: "M".repeat(2 ** 20), stack: "" }).ok).toBe(false);
  });

  it("a child's failure is read only with a numeric id and a text, clipped", () => {
    expect(workerFailure({ type: "worker-failed", id: 3, message: "too many workers" })).toEqual({ id: 3, message: "too many workers" });
    expect(workerFailure({ type: "worker-failed", id: "3", message: "x" })).toBeUndefined();
    expect(workerFailure({ type: "connect" })).toBeUndefined();
    expect(workerFailure({ type: "worker-failed", id: 1, message: "x".repeat(1e6) })?.message.length).toBe(MAX_ERROR_MESSAGE);
  });

  it("a worker is connected by a connect message only", () => {
    expect(isConnectMessage({ type: "connect" })).toBe(true);
    expect(isConnectMessage({ type: "run" })).toBe(false);
    expect(isConnectMessage(undefined)).toBe(false);
  });
});
