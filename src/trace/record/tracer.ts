/**
 * The tracer (issue 8): instrumented code calls its hooks (trace-hooks.ts) at every call, suspension,
 * resumption and exit of a traced frame; the generator prototypes report each next/throw/return
 * call (trace-generators.ts); the timer queue reports timers (it owns them, so the tracer knows
 * which macrotask turn it is in: trace-turns.ts). From that it records what paused, what resumed
 * it and with what.
 *
 * It never changes what the program does: hooks return what they are given, never throw (a fault
 * of the tracer's own stops recording instead), and add no await or promise reaction.
 */
import type { LogLevel } from "../../sandbox/protocol/messages.ts";
import type { CodePosition, ResumeCause, ResumeHow } from "../../sandbox/protocol/trace-events.ts";
import { createCallerLocator } from "./caller.ts";
import { type Frame, type FrameState, type Loop, newFrame, type WaitKind } from "./frame.ts";
import { type GeneratorCallObserver, type GeneratorMethod, observeGeneratorCalls } from "./generators.ts";
import type { FrameHandle, TraceHooks } from "./hooks.ts";
import { type RecorderOptions, TraceRecorder, type UnstampedEvent } from "./recorder.ts";
import { causeOf, GeneratorRequests } from "./requests.ts";
import { MacrotaskTurns } from "./turns.ts";
import { argumentsPreview, isGeneratorObject, isObject, preview } from "./values.ts";
import type { TimerInfo, TimerObserver } from "../../runtime/timer-queue.ts";

export interface TracerOptions extends RecorderOptions {
  /** The runtime task running now, if any. */
  currentTask(): string | undefined;
  /** Whether a script URL is the snippet's module (to find the snippet's frame on the stack). */
  isSnippet(url: string): boolean;
  /** Runs `callback` as a microtask (the host's queueMicrotask). */
  queueMicrotask(callback: () => void): void;
}

export class Tracer implements GeneratorCallObserver, TimerObserver {
  readonly hooks: TraceHooks;
  private readonly recorder: TraceRecorder;
  private readonly caller: () => CodePosition | undefined;
  private readonly requests: GeneratorRequests;
  private readonly turns: MacrotaskTurns;
  private readonly currentTask: () => string | undefined;
  private nextFrameId = 0;
  /** Frames whose code is on the stack now, innermost last. */
  private readonly running: Frame[] = [];
  private readonly frameOf = new WeakMap<object, Frame>();
  private broken = false;

  constructor(options: TracerOptions) {
    this.recorder = new TraceRecorder(options);
    this.caller = createCallerLocator(options.isSnippet);
    this.requests = new GeneratorRequests(this.caller);
    this.turns = new MacrotaskTurns(options.queueMicrotask);
    this.currentTask = options.currentTask;
    this.hooks = this.createHooks();
  }

  /** Sees generator calls from now on. */
  observeGenerators(): void {
    observeGeneratorCalls(this);
  }

  flush(): void {
    this.recorder.flush();
  }

  private get on(): boolean {
    return !this.broken && this.recorder.recording;
  }

  private record(event: UnstampedEvent): void {
    this.recorder.record(event);
  }

  // ── what the guest and the runtime report ──────────────────────────────────

  log(level: LogLevel, text: string): void {
    if (!this.on) return;
    this.guard(() => {
      const at = this.caller();
      this.record({ kind: "log", level, text, ...this.currentFrameField(), ...(at ? { at } : {}) });
    });
  }

  task(id: number, name: string, end: boolean): void {
    if (this.on) this.guard(() => this.record({ kind: "task", task: id, name, end }));
  }

  added(id: number, info: TimerInfo): void {
    if (!this.on) return;
    this.guard(() => {
      const at = this.caller();
      this.record({ kind: "timer-set", timer: id, api: info.label, delay: info.delay, due: info.due, repeat: info.repeat, ...this.currentFrameField(), ...(at ? { at } : {}) });
    });
  }

  firing(id: number): void {
    this.turns.firing(id);
    if (this.on) this.guard(() => this.record({ kind: "timer-fire", timer: id }));
  }

  fired(): void {
    this.turns.fired();
  }

  cancelled(id: number): void {
    if (this.on) this.guard(() => this.record({ kind: "timer-clear", timer: id }));
  }

  request<R>(object: unknown, method: GeneratorMethod, value: unknown, async: boolean, invoke: () => R): R {
    if (!this.on || !isObject(object) || this.frameOf.get(object)?.state === "done") return invoke();
    const looper = this.running[this.running.length - 1];
    const result = this.requests.serve(object, method, value, async, invoke);
    if (looper) this.guard(() => this.loopCallReturned(looper, object));
    return result;
  }

  // ── the hooks instrumented code calls ──────────────────────────────────────

  private createHooks(): TraceHooks {
    return {
      key: Symbol("interleave.trace.frame"),
      module: () => this.guard(() => this.begin(0, "", true)),
      call: (fn, args) => this.guard(() => this.begin(fn, argumentsPreview(args), true)),
      create: (fn, args) => this.guard(() => this.begin(fn, argumentsPreview(args), false)),
      start: (handle) => this.hook(handle, (f) => this.start(f)),
      // The hot hooks make no closure per call: a loop may await thousands of times.
      awaiting: (handle, site, value) => this.suspendHook(handle, site, "await", value),
      awaited: (handle, site, value) => this.resumeHook(handle, site, "await", value),
      yielding: (handle, site, value) => this.suspendHook(handle, site, "yield", value),
      yielded: (handle, site, value) => this.resumeHook(handle, site, "yield", value),
      delegating: (handle, site, iterable) =>
        this.pass(iterable, handle, (f) => {
          this.suspend(f, site, "delegate", iterable);
          f.target = iterable;
          this.requests.delegate(f, iterable);
        }),
      delegated: (handle, site, value) =>
        this.pass(value, handle, (f) => {
          this.requests.undelegate(f.target);
          this.resume(f, site, "value", value, { kind: "delegate" });
        }),
      caught: (handle, error) => this.hook(handle, (f) => this.interrupted(f, error)),
      enteredFinally: (handle) => this.hook(handle, (f) => this.interrupted(f, undefined)),
      loopEnter: (handle, site, iterable) => this.pass(iterable, handle, (f) => this.loopEnter(f, site, iterable)),
      loopBody: (handle, site, value) => this.hook(handle, (f) => this.loopBody(f, site, value)),
      loopBodyEnd: (handle, site) => this.hook(handle, (f) => this.loopBodyEnd(f, site)),
      loopDone: (handle, site) => this.hook(handle, (f) => f.site === site && this.resume(f, site, "done", undefined, this.turns.cause())),
      loopExit: (handle, site) => this.hook(handle, (f) => removeLoop(f, site)),
      ret: (handle, value) => this.pass(value, handle, (f) => (f.outcome = { kind: "return", value })),
      fell: (handle) => this.hook(handle, (f) => (f.outcome = { kind: "return", value: undefined })),
      threw: (handle, error) =>
        this.pass(error, handle, (f) => {
          this.interrupted(f, error);
          f.outcome = { kind: "throw", value: error };
        }),
      exit: (handle) => this.hook(handle, (f) => this.exit(f)),
    };
  }

  private suspendHook<T>(handle: FrameHandle, site: number, waits: "await" | "yield", value: T): T {
    if (this.tracing(handle)) {
      try {
        this.suspend(handle as Frame, site, waits, value);
      } catch {
        this.broken = true;
      }
    }
    return value;
  }

  private resumeHook<T>(handle: FrameHandle, site: number, waited: "await" | "yield", value: T): T {
    if (this.tracing(handle)) {
      try {
        const frame = handle as Frame;
        this.resume(frame, site, "value", value, waited === "await" ? this.turns.cause() : this.requestCause(frame));
      } catch {
        this.broken = true;
      }
    }
    return value;
  }

  /** Whether a hook has bookkeeping to do: recording, and for a real frame (a child run's code passes undefined). */
  private tracing(handle: FrameHandle): boolean {
    return handle !== undefined && !this.broken && this.recorder.recording;
  }

  private hook(handle: FrameHandle, action: (frame: Frame) => unknown): void {
    if (this.tracing(handle)) this.guard(() => action(handle as Frame));
  }

  private pass<T>(value: T, handle: FrameHandle, action: (frame: Frame) => unknown): T {
    this.hook(handle, action);
    return value;
  }

  /** A fault of the tracer's own must not change the program: recording stops instead. */
  private guard<T>(action: () => T): T | undefined {
    try {
      return action();
    } catch {
      this.broken = true;
      return undefined;
    }
  }

  // ── frames ──────────────────────────────────────────────────────────────────

  private begin(fn: number, args: string, started: boolean): Frame | undefined {
    if (!this.on) return undefined;
    const frame = newFrame(this.nextFrameId++);
    const task = this.currentTask();
    const parent = this.running[this.running.length - 1];
    this.record({ kind: "frame", frame: frame.id, fn, args, ...(parent ? { parent: parent.id } : {}), ...(task === undefined ? {} : { task }) });
    if (started) {
      this.record({ kind: "start", frame: frame.id, cause: { kind: "call", method: "call" } });
      this.enter(frame);
    }
    return frame;
  }

  /** A generator's first `next()` runs its body: that call's object is this frame's. */
  private start(frame: Frame): void {
    const call = this.requests.current();
    if (call && !this.frameOf.has(call.object)) {
      frame.object = call.object;
      this.frameOf.set(call.object, frame);
    }
    this.record({ kind: "start", frame: frame.id, cause: call ? causeOf(call.request) : { kind: "call", method: "next" } });
    this.enter(frame);
  }

  private suspend(frame: Frame, site: number, waits: WaitKind, value: unknown): void {
    this.record({ kind: "suspend", frame: frame.id, site, value: preview(value) });
    this.leave(frame, "suspended");
    frame.waits = waits;
    frame.site = site;
    // A yield answers the request being served, and those of every yield* that forwarded it.
    if (waits === "yield") for (let f: Frame | undefined = frame; f; f = this.requests.delegatorOf(f)) this.requests.answer(f);
  }

  private resume(frame: Frame, site: number, how: ResumeHow, value: unknown, cause: ResumeCause): void {
    if (frame.state !== "suspended") return;
    this.record({ kind: "resume", frame: frame.id, site, how, value: how === "done" ? "" : preview(value), cause });
    this.enter(frame);
  }

  /**
   * An exception or a return arrived while the frame was suspended: thrown into it by `throw(e)`
   * or `return(v)`, by a rejected await, or by the iterator its `yield*` delegated to.
   */
  private interrupted(frame: Frame, error: unknown): void {
    if (frame.state !== "suspended") return;
    const request = this.requests.head(frame);
    if (frame.waits === "delegate") {
      const forced = request?.method === "return" ? "return" : "throw";
      return this.resume(frame, frame.site, forced, forced === "return" ? request?.value : error, { kind: "delegate" });
    }
    if (frame.waits === "yield" && request && request.method !== "next") {
      if (request.method === "return") frame.outcome = { kind: "return", value: request.value };
      return this.resume(frame, frame.site, request.method, request.value, causeOf(request));
    }
    this.resume(frame, frame.site, "throw", error, this.turns.cause());
  }

  private exit(frame: Frame): void {
    // Still suspended: `return(v)` ended it at its yield, with no catch or finally in between.
    this.interrupted(frame, undefined);
    const { kind, value } = frame.outcome;
    this.record({ kind, frame: frame.id, value: preview(value) });
    this.leave(frame, "done");
    if (frame.object) this.requests.answer(frame);
  }

  private enter(frame: Frame): void {
    frame.state = "running";
    this.running.push(frame);
  }

  private leave(frame: Frame, state: FrameState): void {
    frame.state = state;
    if (this.running[this.running.length - 1] === frame) this.running.pop();
    else {
      const index = this.running.lastIndexOf(frame);
      if (index >= 0) this.running.splice(index, 1);
    }
  }

  private currentFrameField(): { frame?: number } {
    const frame = this.running[this.running.length - 1];
    return frame ? { frame: frame.id } : {};
  }

  private requestCause(frame: Frame): ResumeCause {
    const request = this.requests.head(frame);
    return request ? causeOf(request) : { kind: "call", method: "next" };
  }

  // ── for await ───────────────────────────────────────────────────────────────

  private loopEnter(frame: Frame, site: number, iterable: unknown): void {
    const loop: Loop = { site, iterable, observed: isGeneratorObject(iterable), inBody: false };
    frame.loops.push(loop);
    if (!loop.observed) this.suspend(frame, site, "loop", iterable);
  }

  private loopBody(frame: Frame, site: number, value: unknown): void {
    const loop = frame.loops[frame.loops.length - 1];
    if (loop) loop.inBody = true;
    this.resume(frame, site, "value", value, this.turns.cause());
  }

  private loopBodyEnd(frame: Frame, site: number): void {
    const loop = frame.loops[frame.loops.length - 1];
    if (!loop) return;
    loop.inBody = false;
    // Next comes the loop's next() (or return()) and its await.
    if (!loop.observed && frame.state === "running") this.suspend(frame, site, "loop", loop.iterable);
  }

  /** The loop's own next()/return() on a generator returned: now it awaits the result. */
  private loopCallReturned(frame: Frame, object: object): void {
    const loop = frame.loops[frame.loops.length - 1];
    if (!loop || !loop.observed || loop.inBody || loop.iterable !== object || frame.state !== "running") return;
    this.suspend(frame, loop.site, "loop", object);
  }
}

function removeLoop(frame: Frame, site: number): void {
  const index = frame.loops.findLastIndex((loop) => loop.site === site);
  if (index >= 0) frame.loops.splice(index, 1);
}
