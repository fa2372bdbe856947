import { captureHost, type HostPrimitives } from "../../runtime/host.ts";
import { installGlobals } from "../../runtime/install.ts";
import type { SpawnWorker } from "../../runtime/nested-worker.ts";
import { createRuntime, type Runtime } from "../../runtime/runtime.ts";
import { MAX_ERRORS_PER_RUN } from "../protocol/limits.ts";
import { type ErrorKind, type GuestMessage, isLoadPythonMessage, isRunMessage, type LogLevel, type PythonFiles, type RunMessage } from "../protocol/messages.ts";
import type { PythonEngine, PythonRunHooks } from "./python/engine.ts";
import { PythonLanes } from "./python/lanes.ts";
import { createConsole } from "./console.ts";
import { toErrorInfo } from "./errors.ts";
import { Outbox } from "./outbox.ts";
import { installInertTracer, installTracer } from "../../trace/record/guest-trace.ts";

/** What the environment (a browser Worker, a Node worker thread) provides to the guest. */
export interface GuestEnvironment {
  /** Sends a message to the host. */
  post(message: GuestMessage): void;
  /** A URL `import()` can load for this module text: a blob: URL in a browser, a data: URL in Node. */
  moduleUrl(code: string): string;
  /** Frees a URL made by `moduleUrl`, once loaded. */
  revokeModuleUrl?(url: string): void;
  /** Registers for uncaught exceptions (call `listener` and keep the environment from also reporting it). */
  onUncaughtError(listener: (error: unknown) => void): void;
  /** Registers for unhandled promise rejections (same contract). */
  onUnhandledRejection(listener: (reason: unknown) => void): void;
  /** Starts nested workers for `runInWorker`; without it, runInWorker rejects. */
  spawnWorker?: SpawnWorker;
  /** The global object to install on (default: globalThis). */
  global?: object;
  /** Loads a module (default: dynamic `import()`). */
  importModule?(url: string): Promise<Record<string, unknown>>;
  /** Starts Pyodide from the files the host sent (a browser) or from disk (Node); without it, Python runs fail. */
  loadPython?(files: PythonFiles): Promise<PythonEngine>;
}

export interface Guest {
  /** Handles a message from the host: `load-python` (once, before the run), then `run` (once). */
  receive(message: unknown): void;
}

/** Where the evaluation marker finds the guest. */
const GUEST_KEY = Symbol.for("interleave.guest");
const HEARTBEAT_MS = 100;
/** Real ms to wait, once idle on paced time, for late rejections before `done`. */
const PACED_GRACE_MS = 50;
/** A child announces a sleepSync to its parent if it lasts this many real ms, or the last announcement is that old. */
const ANNOUNCE_REAL_MS = 10;

const defaultImport = (url: string) => import(/* @vite-ignore */ url) as Promise<Record<string, unknown>>;

/**
 * Installs the guest core and posts `ready`. The host then sends one `run`: the guest installs the
 * runtime (timers, Date, performance.now, the `interleave` API), captures the console, imports the
 * module, and reports lines, tasks, spans, ticks and errors until `done` (or a `timeout` error).
 */
export function installGuest(env: GuestEnvironment): Guest {
  const target = env.global ?? globalThis;
  const host = captureHost(target); // before anything is patched
  let started = false;
  let python: Promise<PythonEngine> | undefined;
  const guest: Guest = {
    receive(message) {
      if (isLoadPythonMessage(message) && !python && !started) return void (python = loadPython(env, message.files));
      if (!isRunMessage(message) || started) return;
      started = true;
      startRun(env, target, host, message, python);
    },
  };
  env.post({ type: "ready" });
  return guest;
}

/** Starts the interpreter ahead of the run, and says when it is up (or why it is not). */
function loadPython(env: GuestEnvironment, files: PythonFiles): Promise<PythonEngine> {
  const loading = env.loadPython ? env.loadPython(files) : Promise.reject(new Error("this sandbox cannot run Python"));
  loading.then(
    () => env.post({ type: "python-ready" }),
    (error: unknown) => env.post({ type: "error", kind: "uncaught", ...toErrorInfo(error) }),
  );
  return loading;
}

function startRun(env: GuestEnvironment, target: object, host: HostPrimitives, request: RunMessage, python?: Promise<PythonEngine>): void {
  const outbox = new Outbox(env.post, host);
  let finished = false;
  let moduleSettled = false;
  let evaluating = false;
  let confirming = false;
  const isChild = request.args !== undefined;
  let lastTick = -Infinity;

  let errors = 0;
  const reportError = (kind: ErrorKind, value: unknown) => {
    if (finished || errors > MAX_ERRORS_PER_RUN) return;
    if (++errors > MAX_ERRORS_PER_RUN) return print("warn", request.locale === "pt-BR" ? `Mais de ${MAX_ERRORS_PER_RUN} erros: os demais não são mostrados` : `More than ${MAX_ERRORS_PER_RUN} errors: the rest are not shown`);
    outbox.flush();
    env.post({ type: "error", kind, ...toErrorInfo(value), time: runtime.clock.now() });
  };
  const finish = (message: GuestMessage) => {
    if (finished) return;
    runtime.tasks.settle();
    tracer?.flush();
    outbox.flush();
    host.clearInterval(heartbeat);
    finished = true;
    env.post(message);
  };
  const print = (level: LogLevel, text: string, task = runtime.currentTask()) => {
    tracer?.log(level, text);
    outbox.line(task === undefined ? { level, text, time: runtime.clock.now() } : { level, text, time: runtime.clock.now(), task });
  };
  // A child also tells its parent how far it may go: nothing is posted later stamped before `quietUntil`.
  // Until the snippet runs, or while it waits on nothing the queue knows of, that is only "now".
  const tick = (blockedUntil?: number) => {
    if (finished) return;
    lastTick = host.realNow();
    const time = runtime.clock.now();
    const beat = { type: "tick", time, realTime: runtime.clock.realElapsed() } as const;
    if (!isChild) return env.post(beat);
    outbox.flush(); // lines stamped before the promise must reach the parent before it
    const waiting = evaluating && !runtime.queue.isIdle();
    env.post({ ...beat, quietUntil: blockedUntil ?? (waiting ? runtime.queue.quietUntil() : time) });
  };
  // Done: nothing scheduled, nothing pending, and the module settled (or began and can no longer move).
  const canFinish = () => !finished && runtime.queue.isIdle() && (moduleSettled || evaluating);
  const checkDone = () => {
    if (confirming || !canFinish()) return;
    confirming = true;
    // The run ended when it went idle: the grace below is ours, not the snippet's time.
    const idleAt = { time: runtime.clock.now(), realTime: runtime.clock.realElapsed() };
    // One more real turn (a grace period in real time) so late rejections are reported first.
    host.setTimeout(
      () => {
        confirming = false;
        if (canFinish()) finish({ type: "done", ...idleAt });
      },
      request.mode === "virtual" ? 0 : PACED_GRACE_MS,
    );
  };

  // Tracing (issue 8): only for instrumented code; the tracer watches timers, so it exists first.
  let snippetUrl: string | undefined;
  const tracer = request.trace
    ? installTracer({ target, host, post: env.post, now: () => runtime.clock.now(), currentTask: () => runtime.currentTask(), snippetUrl: () => snippetUrl })
    : undefined;
  if (request.args) installInertTracer(target);

  const runtime: Runtime = createRuntime({
    mode: request.mode,
    scale: request.scale,
    timeLimit: request.timeLimit,
    seed: request.seed,
    epoch: request.epoch,
    host,
    // A child's children would multiply past any cap: only the run the reader started may start workers.
    spawnWorker: request.args ? refuseNestedWorker : env.spawnWorker,
    timerObserver: tracer,
    events: {
      lane: (lane) => {
        tracer?.task(lane.id, lane.name, lane.end !== undefined);
        outbox.event({ type: "task", ...lane });
      },
      span: (span) => outbox.event({ type: "span", ...span }),
      error: (error) => reportError("uncaught", error),
      idle: checkDone,
      timeLimit: () =>
        finish({
          type: "error",
          kind: "timeout",
          name: "",
          message: `time limit reached at ${runtime.clock.now()} ms (logical)`,
          stack: "",
          time: runtime.clock.now(),
        }),
      print: (line) => print(line.level, line.text, line.task ?? runtime.currentTask()),
      blocking: (from, until) => {
        const realMs = (until - from) / request.scale;
        if (isChild && request.mode === "paced" && (realMs >= ANNOUNCE_REAL_MS || host.realNow() - lastTick >= ANNOUNCE_REAL_MS)) tick(until);
      },
    },
  });

  installGlobals(target, runtime);
  Object.defineProperty(target, "console", {
    value: createConsole(print, () => runtime.clock.now()),
    writable: true,
    configurable: true,
  });
  const beginEvaluation = () => {
    if (evaluating) return;
    evaluating = true;
    runtime.clock.restart(); // loading the module is not the snippet's time
  };
  Object.defineProperty(target, GUEST_KEY, { value: { evaluating: beginEvaluation }, configurable: true });
  env.onUncaughtError((error) => reportError("uncaught", error));
  env.onUnhandledRejection((reason) => reportError("unhandledrejection", reason));
  const heartbeat = host.setInterval(() => {
    outbox.flushIfDue();
    tick();
  }, HEARTBEAT_MS);

  if (request.language === "python") {
    const lanes = new PythonLanes(runtime);
    const hooks: PythonRunHooks = {
      // asyncio's own scheduling, unclamped: the browser's 4 ms clamp is for nested setTimeout, not call_soon.
      schedule: (callback, ms, lane) =>
        runtime.queue.add(() => callback(), ms, { label: ms > 0 ? "call_later" : "call_soon", context: lane === undefined ? undefined : lanes.context(lane) }),
      taskStarted: (name) => lanes.start(name),
      taskEnded: (lane) => lanes.end(lane),
      sleepSync: runtime.api.sleepSync,
      print: (level, text) => print(level, text),
      download: (name) => runtime.api.download(name),
      downloadSync: (name) => runtime.downloadSync(name),
    };
    const engine = python ?? Promise.reject(new Error("Python was not loaded in this sandbox"));
    const ran = engine.then((loaded) => {
      beginEvaluation();
      return loaded.run(request.code ?? "", hooks, request.setup, request.epilogue);
    });
    ran.catch((error: unknown) => reportError("uncaught", error)).finally(() => {
      moduleSettled = true;
      checkDone();
    });
    runtime.queue.start();
    return;
  }
  const url = request.code !== undefined ? env.moduleUrl(withEvaluationMarker(request.code)) : request.moduleUrl;
  if (url === undefined) return;
  snippetUrl = url;
  const settle = () => {
    moduleSettled = true;
    if (request.code !== undefined) env.revokeModuleUrl?.(url);
    checkDone();
  };
  const load = (env.importModule ?? defaultImport)(url);
  const outcome = request.args ? load.then((namespace) => callDefault(namespace, request.args ?? [])) : load;
  outcome.catch((error: unknown) => (request.args ? postResult(false, error) : reportError("uncaught", error))).finally(settle);
  runtime.queue.start();

  /** A `runInWorker` child: call the default export; its outcome goes back in a `result` message. */
  async function callDefault(namespace: Record<string, unknown>, args: unknown[]): Promise<void> {
    const fn = namespace.default;
    if (typeof fn !== "function") throw new TypeError("the module has no default function");
    postResult(true, await fn(...args));
  }

  function postResult(ok: boolean, value: unknown): void {
    outbox.flush(); // the parent ends the child on its result: nothing may stay buffered
    const time = runtime.clock.now();
    try {
      env.post(ok ? { type: "result", ok, value, time } : { type: "result", ok: false, error: toErrorInfo(value), time });
    } catch (error) {
      // A result that cannot be copied (a function, say) is an error of its own.
      env.post({ type: "result", ok: false, error: toErrorInfo(error), time });
    }
  }
}

const refuseNestedWorker: SpawnWorker = () => {
  throw new Error("runInWorker cannot be called inside a worker started by runInWorker");
};

/** Prepends, on line 1 (so no line number moves), a call telling the guest evaluation has begun. */
function withEvaluationMarker(code: string): string {
  return `globalThis[Symbol.for("interleave.guest")]?.evaluating();${code}`;
}
