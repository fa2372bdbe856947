import { describe, expect, it } from "vitest";
import { MAX_CHARS_PER_MESSAGE, MAX_EVENTS_PER_MESSAGE, MAX_LINE_LENGTH, MAX_LINES_PER_MESSAGE, MAX_NAME_LENGTH } from "../protocol/limits.ts";
import type { GuestMessage, LogLine, LogsMessage, TaskMessage } from "../protocol/messages.ts";
import { DEFAULT_LIMITS, Outbox, truncateLine } from "./outbox.ts";

function setup() {
  const posted: GuestMessage[] = [];
  let now = 0;
  const timers: (() => void)[] = [];
  const outbox = new Outbox((message) => posted.push(message), {
    realNow: () => now,
    setTimeout: (callback) => timers.push(callback),
  });
  const line = (text: string): LogLine => ({ level: "log", text, time: 0 });
  const lines = () => posted.filter((m): m is LogsMessage => m.type === "logs").flatMap((m) => m.lines.map((l) => l.text));
  return {
    outbox,
    posted,
    line,
    lines,
    advance: (ms: number) => void (now += ms),
    runTimers: () => timers.splice(0).forEach((callback) => callback()),
  };
}

describe("Outbox", () => {
  it("posts the first lines of a burst at once, one message each", () => {
    const s = setup();
    for (let i = 0; i < 3; i++) s.outbox.line(s.line(`line ${i}`));
    expect(s.posted).toHaveLength(3);
    expect(s.lines()).toEqual(["line 0", "line 1", "line 2"]);
  });

  it("batches past the burst, flushing from a later console call once a window passed", () => {
    const s = setup();
    for (let i = 0; i < 60; i++) s.outbox.line(s.line(`${i}`));
    expect(s.posted).toHaveLength(50);
    s.advance(16);
    s.outbox.line(s.line("60"));
    expect(s.posted).toHaveLength(51);
    expect(s.lines()).toHaveLength(61);
  });

  it("flushes a waiting batch from its timer when the code goes quiet", () => {
    const s = setup();
    for (let i = 0; i < 55; i++) s.outbox.line(s.line(`${i}`));
    s.runTimers();
    expect(s.lines()).toHaveLength(55);
  });

  it("keeps only the newest lines of a flood and reports how many were dropped", () => {
    const s = setup();
    for (let i = 0; i < 100_000; i++) s.outbox.line(s.line(`${i}`));
    s.outbox.flush();
    const shown = s.lines();
    const dropped = s.posted.filter((m) => m.type === "dropped").at(-1);
    expect(shown).toHaveLength(50 + DEFAULT_LIMITS.keep);
    expect(shown.at(-1)).toBe("99999");
    expect(dropped).toEqual({ type: "dropped", count: 100_000 - shown.length });
  });

  it("keeps task and span messages after lines already waiting", () => {
    const s = setup();
    for (let i = 0; i < 51; i++) s.outbox.line(s.line(`${i}`));
    s.outbox.event({ type: "task", id: 1, name: "A", start: 0 });
    expect(s.posted.at(-1)?.type).toBe("logs");
    s.outbox.flush();
    expect(s.posted.slice(-2).map((m) => m.type)).toEqual(["events", "logs"]);
  });

  it("cuts very long lines with a marker", () => {
    const s = setup();
    s.outbox.line(s.line("x".repeat(10_005)));
    expect(s.lines()[0]).toBe(`${"x".repeat(10_000)}… (5 more characters)`);
    expect(truncateLine("short", 10)).toBe("short");
  });

  it("keeps a flood of long lines within the characters one message may carry", () => {
    const s = setup();
    for (let i = 0; i < 5_000; i++) s.outbox.line(s.line(`${i}:${"x".repeat(20_000)}`));
    s.outbox.flush();
    for (const message of s.posted) {
      if (message.type !== "logs") continue;
      const chars = message.lines.reduce((sum, line) => sum + line.text.length, 0);
      expect(chars).toBeLessThanOrEqual(MAX_CHARS_PER_MESSAGE + MAX_LINE_LENGTH);
      expect(message.lines.length).toBeLessThanOrEqual(MAX_LINES_PER_MESSAGE);
    }
    expect(s.lines().at(-1)).toMatch(/^4999:/);
  });

  it("batches a flood of task events into events messages, each within the protocol's limits", () => {
    const s = setup();
    for (let id = 0; id < 20_000; id++) s.outbox.event({ type: "task", id, name: `task ${id}`, start: 0 });
    s.outbox.flush();
    const events = s.posted.flatMap((m) => (m.type === "events" ? m.events : m.type === "task" ? [m] : []));
    expect(events).toHaveLength(20_000);
    expect(s.posted.length).toBeLessThan(60);
    expect(s.posted.every((m) => m.type !== "events" || m.events.length <= MAX_EVENTS_PER_MESSAGE)).toBe(true);
  });

  it("cuts task names to the protocol's length", () => {
    const s = setup();
    s.outbox.event({ type: "task", id: 1, name: "n".repeat(1e6), start: 0 });
    s.outbox.line({ level: "log", text: "x", time: 0, task: "n".repeat(1e6) });
    const [task, logs] = s.posted as [TaskMessage, LogsMessage];
    expect(task.name.length).toBeLessThanOrEqual(MAX_NAME_LENGTH);
    expect(logs.lines[0]?.task?.length).toBeLessThanOrEqual(MAX_NAME_LENGTH);
  });

  it("slows its batches to one per flood window while a flood is dropping lines", () => {
    const s = setup();
    for (let i = 0; i < 10_000; i++) s.outbox.line(s.line(`${i}`));
    s.outbox.flush(); // this batch dropped lines
    const before = s.posted.length;
    s.advance(DEFAULT_LIMITS.window);
    for (let i = 0; i < 10; i++) s.outbox.line(s.line("more"));
    expect(s.posted.length).toBe(before);
    s.advance(DEFAULT_LIMITS.floodWindow);
    s.outbox.line(s.line("later"));
    expect(s.posted.length).toBe(before + 1);
  });
});
