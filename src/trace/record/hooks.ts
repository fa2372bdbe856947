/**
 * The calls instrumented code makes into the tracer (issue 8). The instrumenter (src/trace/) writes
 * calls to these methods; the tracer (tracer.ts) implements them. Every hook that receives a value
 * returns it unchanged, so wrapping `await x` as `awaited(f, s, await awaiting(f, s, x))` awaits the
 * very same object and adds no microtask turn.
 */

/** Where the guest installs the hooks; the instrumented module reads them from there once. */
export const TRACER_KEY = "interleave.tracer";

/** Identifiers the instrumenter adds to a snippet; the `$` keeps them apart from anything TypeScript emits. */
export const TRACER_BINDING = "__il$t";
export const FRAME_BINDING = "__il$f";
export const ERROR_BINDING = "__il$e";

/** `globalThis[Symbol.for("interleave.tracer")]` as JavaScript source. */
export const TRACER_EXPRESSION = `globalThis[Symbol.for(${JSON.stringify(TRACER_KEY)})]`;

/** An activation the tracer follows; opaque to instrumented code. */
export type FrameHandle = unknown;

export interface TraceHooks {
  /** A property key no array has: a generator's extra rest parameter reads it, so its default always runs. */
  readonly key: symbol;
  /** The module's top-level code begins. */
  module(): FrameHandle;
  /** An async function was called: its body begins now. */
  call(fn: number, args?: ArrayLike<unknown>): FrameHandle;
  /** A generator (or async generator) function was called: its object exists; the body waits for `next()`. */
  create(fn: number, args?: ArrayLike<unknown>): FrameHandle;
  /** A generator's body begins (its first `next()`). */
  start(frame: FrameHandle): void;
  awaiting<T>(frame: FrameHandle, site: number, value: T): T;
  awaited<T>(frame: FrameHandle, site: number, value: T): T;
  yielding<T>(frame: FrameHandle, site: number, value: T): T;
  yielded<T>(frame: FrameHandle, site: number, value: T): T;
  delegating<T>(frame: FrameHandle, site: number, iterable: T): T;
  delegated<T>(frame: FrameHandle, site: number, value: T): T;
  /** A `catch` block begins: if the frame was suspended, an exception was thrown into it. */
  caught(frame: FrameHandle, error: unknown): void;
  /** A `finally` block begins: if the frame was suspended, a throw or a return was forced into it. */
  enteredFinally(frame: FrameHandle): void;
  /** `for await`: the iterable, just evaluated; each body start; each body end; normal completion; any exit. */
  loopEnter<T>(frame: FrameHandle, site: number, iterable: T): T;
  loopBody(frame: FrameHandle, site: number, value: unknown): void;
  loopBodyEnd(frame: FrameHandle, site: number): void;
  loopDone(frame: FrameHandle, site: number): void;
  loopExit(frame: FrameHandle, site: number): void;
  /** `return value` */
  ret<T>(frame: FrameHandle, value: T): T;
  /** The body ran off its end. */
  fell(frame: FrameHandle): void;
  /** An exception leaves the body. */
  threw<T>(frame: FrameHandle, error: T): T;
  /** The body is left, however. */
  exit(frame: FrameHandle): void;
}

const pass = <T>(_frame: FrameHandle, _site: number, value: T): T => value;
const nothing = () => {};

/** Hooks that record nothing: for `runInWorker` children, whose function text may come from traced code. */
export const noopHooks: TraceHooks = {
  key: Symbol("interleave.trace.none"),
  module: nothing,
  call: nothing,
  create: nothing,
  start: nothing,
  awaiting: pass,
  awaited: pass,
  yielding: pass,
  yielded: pass,
  delegating: pass,
  delegated: pass,
  caught: nothing,
  enteredFinally: nothing,
  loopEnter: pass,
  loopBody: nothing,
  loopBodyEnd: nothing,
  loopDone: nothing,
  loopExit: nothing,
  ret: (_frame, value) => value,
  fell: nothing,
  threw: (_frame, error) => error,
  exit: nothing,
};
