/**
 * What a traced run records (issue 8), as plain data posted from the guest in `trace` messages.
 * Every event has `seq` (0, 1, 2… in the order things happened) and `time` (logical ms on the run's clock).
 *
 * A *frame* is one activation the trace follows: the module's top-level code, one call of an async
 * function, or one generator / async generator object. `fn` and `site` index the tables the
 * instrumenter made (src/trace/sites.ts), which say where each function and each `await`/`yield`
 * is in the TypeScript. `at` is a position in the instrumented JavaScript that ran, found from the
 * stack at run time; the page maps it back to the TypeScript through the chained source map.
 */
import type { LogLevel } from "./messages.ts";

/** A 1-based position in the instrumented JavaScript as it ran. */
export interface CodePosition {
  line: number;
  column: number;
}

/** What made a frame run again (or start). */
export type ResumeCause =
  /** A call: `next(v)`/`throw(e)`/`return(v)` on the generator object, or the call of an async function. */
  | { kind: "call"; method: "call" | "next" | "throw" | "return"; at?: CodePosition; via?: number[] }
  /** A promise reaction queued while timer `timer` fired (its callback settled what was awaited). */
  | { kind: "timer"; timer: number }
  /** A promise reaction (microtask) queued by another microtask; `timer` is the turn it ran in, if a timer's. */
  | { kind: "microtask"; timer?: number }
  /** The `yield*` it waited at has finished: the inner iterator returned (or threw). */
  | { kind: "delegate" };

/** How a suspended frame went on: with a value, or with an exception or a return forced into it. */
export type ResumeHow = "value" | "throw" | "return" | "done";

interface Stamp {
  seq: number;
  time: number;
}

export type TraceEvent = Stamp &
  (
    | { kind: "frame"; frame: number; fn: number; args: string; parent?: number; task?: string }
    | { kind: "start"; frame: number; cause: ResumeCause }
    | { kind: "suspend"; frame: number; site: number; value: string }
    | { kind: "resume"; frame: number; site: number; how: ResumeHow; value: string; cause: ResumeCause }
    | { kind: "return"; frame: number; value: string }
    | { kind: "throw"; frame: number; value: string }
    | { kind: "log"; frame?: number; level: LogLevel; text: string; at?: CodePosition }
    | { kind: "timer-set"; timer: number; api: string; delay: number; due: number; repeat: boolean; frame?: number; at?: CodePosition }
    | { kind: "timer-fire"; timer: number }
    | { kind: "timer-clear"; timer: number }
    | { kind: "task"; task: number; name: string; end: boolean }
    /** The cap was reached: nothing after this was recorded, though the program went on. */
    | { kind: "truncated"; limit: number }
  );

export type TraceEventKind = TraceEvent["kind"];

/** Events a run records at most; past it the trace says "truncated" and stops recording. */
export const TRACE_EVENT_LIMIT = 20_000;
