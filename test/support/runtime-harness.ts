/** Test helper: a runtime on the test process's real primitives (nothing patched), with its events recorded. */
import type { LogLine, TaskLane, TaskSpan } from "../../src/sandbox/protocol/messages.ts";
import { captureHost, type HostPrimitives } from "../../src/runtime/host.ts";
import { createRuntime, type RuntimeOptions } from "../../src/runtime/runtime.ts";

/**
 * The host's primitives on simulated real time: a real timer jumps real time to when it is due
 * (no test waits for it), and every read of the time costs `readCost` real ms (so busy-waits end).
 */
export function simulatedHost(readCost = 0.01) {
  const real = captureHost();
  let now = 0;
  const timers = new Map<number, { due: number; callback: () => void }>();
  let nextHandle = 1;
  let draining = false;
  /** Macrotasks handed out and not run yet: real time may only jump once the loop is free. */
  let busy = 0;
  const drain = () => {
    if (busy > 0) return void real.macrotask(drain);
    draining = false;
    let next: [number, { due: number; callback: () => void }] | undefined;
    for (const entry of timers) if (!next || entry[1].due < next[1].due) next = entry;
    if (!next) return;
    timers.delete(next[0]);
    now = Math.max(now, next[1].due);
    next[1].callback();
    schedule();
  };
  // Fire simulated timers only once the loop is free (no macrotask of ours pending), one at a time.
  const schedule = () => {
    if (draining || timers.size === 0) return;
    draining = true;
    real.macrotask(drain);
  };
  const host: HostPrimitives = {
    ...real,
    setTimeout(callback, ms) {
      const handle = nextHandle++;
      timers.set(handle, { due: now + Math.max(0, ms), callback });
      schedule();
      return handle;
    },
    clearTimeout: (handle) => void timers.delete(handle as number),
    realNow: () => (now += readCost),
    cpuNow: () => now, // every simulated real ms is CPU work: nothing else shares the machine
    macrotask(callback) {
      busy++;
      real.macrotask(() => {
        busy--;
        callback();
      });
    },
  };
  return { host, realNow: () => now };
}

export function createHarness(options: Partial<RuntimeOptions> = {}) {
  const lanes: TaskLane[] = [];
  const spans: TaskSpan[] = [];
  const errors: unknown[] = [];
  const printed: Pick<LogLine, "level" | "text" | "task">[] = [];
  const log: string[] = [];
  let waiting: (() => void)[] = [];
  let limitReached = false;
  const wake = () => {
    const resolvers = waiting;
    waiting = [];
    for (const resolve of resolvers) resolve();
  };
  const runtime = createRuntime({
    mode: "virtual",
    scale: 1,
    host: captureHost(),
    events: {
      lane: (lane) => lanes.push(lane),
      span: (span) => spans.push(span),
      error: (error) => errors.push(error),
      idle: wake,
      timeLimit: () => {
        limitReached = true;
        wake();
      },
      print: (line) => printed.push(line),
    },
    ...options,
  });
  return {
    runtime,
    api: runtime.api,
    timers: runtime.timers,
    lanes,
    spans,
    errors,
    printed,
    log,
    limitReached: () => limitReached,
    /** Records "<logical time> <task or -> <text>". */
    say(text: string) {
      log.push(`${runtime.clock.now()} ${runtime.currentTask() ?? "-"} ${text}`);
    },
    /** Resolves once nothing is scheduled or pending (or the time limit stopped the run). */
    idle(): Promise<void> {
      const promise = new Promise<void>((resolve) => waiting.push(resolve));
      runtime.queue.start();
      return promise;
    },
  };
}
