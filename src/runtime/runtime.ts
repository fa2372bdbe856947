import type { ClockMode, LogLine } from "../sandbox/protocol/messages.ts";
import { asCompleted } from "./as-completed.ts";
import { type Clock, createClock } from "./clock.ts";
import type { HostPrimitives } from "./host.ts";
import type { DownloadOptions } from "./interleave";
import { createLogicalDate } from "./logical-date.ts";
import { createRunInWorker, type SpawnWorker } from "./nested-worker.ts";
import { abortReason, downloadError, planDownload } from "./network.ts";
import { DEFAULT_SEED, SeededRandom } from "./random.ts";
import { type TaskSink, TaskTracker } from "./tasks.ts";
import { TimerQueue, type TimerObserver } from "./timer-queue.ts";

/** The `interleave` module's exports, as declared for snippets. */
export type InterleaveApi = typeof import("./interleave");

/** What the runtime tells whoever runs it (the guest). */
export interface RuntimeEvents extends TaskSink {
  /** A timer callback threw (a browser would report it as uncaught). */
  error(error: unknown): void;
  /** Logical time reached the time limit; the runtime has stopped its timers. */
  timeLimit(): void;
  /** No timers and no pending external work are left. */
  idle(): void;
  /** A line printed by a nested worker, to show as printed now by the current task. */
  print(line: Pick<LogLine, "level" | "text" | "task">): void;
  /** `sleepSync` is about to hold the thread from logical `from` to `until` (a parent may move on meanwhile). */
  blocking?(from: number, until: number): void;
}

export interface RuntimeOptions {
  mode: ClockMode;
  scale: number;
  host: HostPrimitives;
  events: RuntimeEvents;
  /** Real ms a reader would wait (the fence's time limit); logical time stops at `timeLimit × scale`. */
  timeLimit?: number;
  seed?: number;
  /** Epoch ms at logical time 0 (default: the real time now). */
  epoch?: number;
  spawnWorker?: SpawnWorker;
  /** Watches every timer (the tracer of a traced run). */
  timerObserver?: TimerObserver;
}

/** The timer functions that replace the globals. */
export interface TimerFunctions {
  setTimeout(handler: unknown, timeout?: number, ...args: unknown[]): number;
  setInterval(handler: unknown, timeout?: number, ...args: unknown[]): number;
  clearTimeout(id?: unknown): void;
  clearInterval(id?: unknown): void;
}

export interface Runtime {
  readonly api: InterleaveApi;
  readonly timers: TimerFunctions;
  readonly clock: Clock;
  readonly queue: TimerQueue;
  readonly tasks: TaskTracker;
  /** The replacement `Date` (logical now). */
  readonly Date: DateConstructor;
  /** `AbortSignal.timeout` on the run's clock. */
  timeoutSignal(ms: number): AbortSignal;
  /** The name of the task running now, if any (for log lines). */
  currentTask(): string | undefined;
  /** Stops every timer: nothing of the run fires any more. */
  stop(): void;
}

function callable(handler: unknown, args: unknown[], caller: string): () => void {
  if (typeof handler !== "function") throw new TypeError(`${caller}: the handler must be a function`);
  return () => void handler(...args);
}

/** Creates the runtime of one run. It patches nothing: `installGlobals` does that. */
export function createRuntime(options: RuntimeOptions): Runtime {
  const { mode, scale, host, events, timeLimit = Infinity } = options;
  const limit = timeLimit * scale;
  const epoch = options.epoch ?? host.dateNow();
  const clock = createClock({ mode, scale, realNow: host.realNow, cpuNow: host.cpuNow, macrotask: host.macrotask });
  const tasks = new TaskTracker(() => clock.now(), events);
  const random = new SeededRandom(options.seed ?? DEFAULT_SEED);
  let limitReached = false;
  const reachLimit = () => {
    if (limitReached) return;
    limitReached = true;
    queue.stop();
    clock.advanceTo(limit);
    events.timeLimit();
  };
  const queue = new TimerQueue({
    clock,
    host,
    limit,
    observer: options.timerObserver,
    hooks: {
      capture: () => tasks.context(),
      restore: (context) => tasks.enter(context),
      settled: () => tasks.settle(),
      idle: () => events.idle(),
      error: (error) => events.error(error),
      timeLimit: reachLimit,
    },
  });

  const timers: TimerFunctions = {
    setTimeout: (handler, timeout = 0, ...args) =>
      queue.add(callable(handler, args, "setTimeout"), timeout, { clamp: true, label: "setTimeout" }),
    setInterval: (handler, timeout = 0, ...args) =>
      queue.add(callable(handler, args, "setInterval"), timeout, { clamp: true, repeat: true, label: "setInterval" }),
    clearTimeout: (id) => queue.cancel(id),
    clearInterval: (id) => queue.cancel(id),
  };

  const api: InterleaveApi = {
    sleep: (ms) => new Promise<void>((resolve) => void queue.add(() => resolve(), ms, { label: "sleep" })),
    sleepSync(ms) {
      const from = clock.now();
      const until = from + Math.max(0, Number(ms) || 0);
      if (until > from) events.blocking?.(from, Math.min(until, limit));
      clock.block(Math.min(until, limit) - from);
      if (until > limit) {
        reachLimit();
        throw new RangeError("time limit reached during sleepSync");
      }
    },
    now: () => clock.now(),
    elapsed: () => `${(clock.now() / 1000).toFixed(2)}s`,
    task: (name, fn) => tasks.run(String(name), fn),
    download(name, downloadOptions: DownloadOptions = {}) {
      // Drawn even when already aborted, so aborting one download never changes another's draw.
      const { ms, fails, result } = planDownload(String(name), downloadOptions, random);
      const { signal } = downloadOptions;
      return new Promise((resolve, reject) => {
        if (signal?.aborted) return reject(abortReason(signal));
        const onAbort = () => {
          queue.cancel(id); // the download stops here: nothing of it fires later
          if (signal) reject(abortReason(signal));
        };
        const id = queue.add(
          () => {
            signal?.removeEventListener("abort", onAbort);
            if (fails) reject(downloadError(result.name));
            else resolve(result);
          },
          ms,
          { label: "download" },
        );
        signal?.addEventListener("abort", onAbort, { once: true });
      });
    },
    seed: (n) => random.seed(Number(n)),
    asCompleted,
    runInWorker: createRunInWorker({
      spawn: options.spawnWorker,
      clock,
      queue,
      context: () => tasks.context(),
      settings: () => ({ mode, scale, timeLimit, epoch: epoch + clock.now() }),
      print: (line) => events.print(line),
    }),
  };

  return {
    api,
    timers,
    clock,
    queue,
    tasks,
    Date: createLogicalDate(host.Date, () => epoch + clock.now()),
    timeoutSignal(ms) {
      const controller = new AbortController();
      const abort = () => controller.abort(new DOMException("signal timed out", "TimeoutError"));
      queue.add(abort, ms, { weak: true, label: "AbortSignal.timeout" });
      return controller.signal;
    },
    currentTask: () => tasks.currentName(),
    stop: () => queue.stop(),
  };
}
