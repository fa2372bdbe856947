/** The guest's side of tracing (issue 8): the tracer for a traced run, inert hooks for a child run. */
import type { HostPrimitives } from "../../runtime/host.ts";
import { noopHooks, TRACER_BINDING, TRACER_KEY } from "./hooks.ts";
import { Tracer } from "./tracer.ts";
import type { GuestMessage } from "../../sandbox/protocol/messages.ts";

export interface GuestTracerOptions {
  target: object;
  host: HostPrimitives;
  post(message: GuestMessage): void;
  now(): number;
  currentTask(): string | undefined;
  /** The snippet module's URL, once made. */
  snippetUrl(): string | undefined;
}

/** Makes the tracer and puts its hooks where instrumented code looks; generator calls are watched from now on. */
export function installTracer(options: GuestTracerOptions): Tracer {
  const { host } = options;
  const enqueue = queueMicrotask; // captured before the snippet could replace it
  const tracer = new Tracer({
    now: options.now,
    post: (batch) => options.post({ type: "trace", batch }),
    realNow: host.realNow,
    setTimeout: host.setTimeout,
    queueMicrotask: (callback) => enqueue(callback),
    currentTask: options.currentTask,
    isSnippet: (url) => url === options.snippetUrl(),
  });
  Object.defineProperty(options.target, Symbol.for(TRACER_KEY), { value: tracer.hooks, configurable: true });
  tracer.observeGenerators();
  return tracer;
}

/** A `runInWorker` child runs a function's text, which refers to the tracer if it came from traced code. */
export function installInertTracer(target: object): void {
  Object.defineProperty(target, TRACER_BINDING, { value: noopHooks, configurable: true });
}
