/**
 * The checks API lesson authors write an exercise's ```ts check fence against (imported as
 * "interleave/check"; documented in content/AUTHORING.md). A check reads the run's record and
 * returns nothing when the behaviour is right, or a sentence that teaches what to change.
 */
import type { RunRecord } from "../../sandbox/protocol/run-record";
import { decimal, word } from "./words";

export type { RunRecord } from "../../sandbox/protocol/run-record";
export type { LogLine, TaskLane, TaskSpan, TraceEvent } from "../../sandbox/protocol/messages";

/** A check's verdict: nothing (or true) passes; a string (or `fail(…)`) fails with that message. */
export type CheckResult = string | void | undefined | boolean;

export interface Check {
  name: string;
  test(run: RunRecord): CheckResult;
}

/** The checks declared by the fence being evaluated, in order. */
export const declared: Check[] = [];

/** Declares one check: `name` says what behaviour is wanted ("A and B take turns"). */
export function check(name: string, test: (run: RunRecord) => CheckResult): void {
  declared.push({ name, test });
}

/** Thrown by `fail`: the message is the verdict shown to the reader. */
export class CheckFailure extends Error {
  override name = "CheckFailure";
}

/** Fails the current check with a message that says what happened and what to change. */
export function fail(message: string): never {
  throw new CheckFailure(message);
}

/** Logical ms as a reader reads them: 300 → "0.30 s" ("0,30 s" when `run` came from a pt-BR page). */
export function seconds(ms: number, run?: Pick<RunRecord, "locale">): string {
  return `${decimal(run, ms / 1000, 2)} s`;
}

/** Lines quoted in a message: `"A 1", "B 1"`. */
export function quote(lines: readonly string[], run?: Pick<RunRecord, "locale">): string {
  return lines.length === 0 ? word(run, "nothing") : lines.map((line) => JSON.stringify(line)).join(", ");
}

/** Logical time of the first line equal to `text` (or matching it), or undefined when never printed. */
export function timeOf(run: RunRecord, text: string | RegExp): number | undefined {
  return run.lines.find((line) => (typeof text === "string" ? line.text === text : text.test(line.text)))?.time;
}

/** Fails unless the run printed exactly `expected`, naming the first line that differs. */
export function expectPrinted(run: RunRecord, expected: readonly string[], advice = ""): void {
  const at = expected.findIndex((line, i) => run.printed[i] !== line);
  const extra = at < 0 && run.printed.length > expected.length;
  if (at < 0 && !extra) return;
  const tail = advice ? ` ${advice}` : "";
  if (extra) fail(word(run, "extraLines", { count: run.printed.length - expected.length, first: quote([run.printed[expected.length]!]) }) + tail);
  const got = run.printed[at];
  const was = got === undefined ? word(run, "nothingMore") : word(run, "was", { line: quote([got]) });
  fail(word(run, "wrongLine", { n: at + 1, expected: quote([expected[at]!]), got: was }) + tail);
}

/** Tasks whose name matches (all tasks when `name` is omitted). */
export function tasksNamed(run: RunRecord, name?: string | RegExp) {
  return run.tasks.filter((lane) => name === undefined || (typeof name === "string" ? lane.name === name : name.test(lane.name)));
}

/** The most tasks running at the same logical moment, and the first moment they were (a task ending as another starts does not overlap it). */
export function busiest(lanes: readonly { start: number; end?: number }[], endOfRun = Infinity): { count: number; at: number } {
  const edges = lanes.flatMap((lane) => [
    { at: lane.start, step: 1 },
    { at: lane.end ?? endOfRun, step: -1 },
  ]);
  edges.sort((a, b) => a.at - b.at || a.step - b.step);
  let running = 0;
  const peak = { count: 0, at: 0 };
  for (const edge of edges) {
    running += edge.step;
    if (running > peak.count) Object.assign(peak, { count: running, at: edge.at });
  }
  return peak;
}

/** The most tasks ever running at the same logical moment. */
export function maxConcurrent(lanes: readonly { start: number; end?: number }[], endOfRun = Infinity): number {
  return busiest(lanes, endOfRun).count;
}

/** From the first start to the last end of `lanes`, in logical ms. */
export function extent(lanes: readonly { start: number; end?: number }[]): { start: number; end: number } {
  return { start: Math.min(...lanes.map((lane) => lane.start)), end: Math.max(...lanes.map((lane) => lane.end ?? lane.start)) };
}

/** One pause of a traced run: a frame suspended at `await`/`yield` at `time`, and what resumed it when. */
export interface Pause {
  frame: number;
  time: number;
  resumedAt?: number;
  /** What made it go on: a timer firing, a microtask, a call (`next()`), or a finished `yield*`. */
  resumedBy?: "timer" | "microtask" | "call" | "delegate";
}

/** Every pause of a traced run (`<Exercise trace>`), in order; empty when the run was not traced. */
export function pauses(run: RunRecord): Pause[] {
  const open = new Map<number, Pause>();
  const all: Pause[] = [];
  for (const event of run.trace) {
    if (event.kind === "suspend") {
      const pause: Pause = { frame: event.frame, time: event.time };
      open.set(event.frame, pause);
      all.push(pause);
    } else if (event.kind === "resume") {
      const pause = open.get(event.frame);
      if (!pause) continue;
      pause.resumedAt = event.time;
      pause.resumedBy = event.cause.kind;
      open.delete(event.frame);
    }
  }
  return all;
}
