/**
 * Messages between the page (host) and a sandboxed run (guest), as tagged unions.
 * Shared by both sides, the Node runner and nested `runInWorker` children: no DOM, no Node imports.
 *
 * Times: `time`, `start`, `end` are logical milliseconds since the run started (the run's clock,
 * exact in both modes); `realTime` is real wall-clock milliseconds since it started.
 */

import type { TraceBatch } from "./trace-codec.ts";

export type { TraceEvent } from "./trace-events.ts";

/**
 * How the run's exact logical clock meets real time: `paced` waits until real time × `scale` reaches
 * each timer (the page); `virtual` never waits, jumping to the next timer once idle (tests).
 */
export type ClockMode = "paced" | "virtual";

export type LogLevel = "log" | "info" | "warn" | "error" | "debug";

/** One console line as the reader sees it. `task` names the runtime task that printed it, if any. */
export interface LogLine {
  level: LogLevel;
  text: string;
  time: number;
  task?: string;
}

/** A task's lane: posted at its start (no `end`) and again when it settles (with `end`). */
export interface TaskLane {
  id: number;
  name: string;
  start: number;
  end?: number;
}

/** A stretch of a task's lane: `run` while its code ran, `wait` while it was suspended. */
export interface TaskSpan {
  id: number;
  task: string;
  kind: "run" | "wait";
  start: number;
  end: number;
}

/** An error as plain data. `name` is "" when something that is not an Error was thrown. `stack` is raw (unmapped). */
export interface ErrorInfo {
  name: string;
  message: string;
  stack: string;
}

export type ErrorKind = "uncaught" | "unhandledrejection" | "timeout";

// ── host → guest ─────────────────────────────────────────────────────────────

/**
 * Start the run. Exactly one of `code` (the compiled ES module text) or `moduleUrl` is given;
 * with `code` the guest can tell when evaluation starts (so a top-level await that never settles
 * still ends in `done`). `timeLimit` is in real milliseconds as a reader would wait for them;
 * the guest stops at `timeLimit × scale` logical ms and posts a `timeout` error (the page also ends
 * the run after `timeLimit` real ms, whatever it is doing).
 * With `args`, the module's default export is called with them and settles in a `result` message
 * (how `runInWorker` children run).
 */
export interface RunMessage {
  type: "run";
  code?: string;
  moduleUrl?: string;
  mode: ClockMode;
  scale: number;
  timeLimit: number;
  /** Seed of the simulated network's random source (default 42). */
  seed?: number;
  /** What `Date.now()` says at logical time 0 (default: the real time at start). */
  epoch?: number;
  args?: unknown[];
  /** Record a trace (issue 8): the code was instrumented for it, and the guest installs the tracer. */
  trace?: boolean;
  /** `python`: `code` is Python source, run by the Pyodide this sandbox loaded (`load-python`). Default: a JS module. */
  language?: "python";
  /** Python only: code run first, silently, in the same namespace (what the lesson defined in the fence before). */
  setup?: string;
  /** Python only: code run after it, in the same namespace (a stand-in's driver, e.g. `main(download_many)`). */
  epilogue?: string;
  /** The page's language, for the few words the guest writes itself (default English). */
  locale?: "en" | "pt-BR";
}

/** Pyodide's files by name (pyodide.mjs, pyodide.asm.mjs, pyodide.asm.wasm, python_stdlib.zip), as the page fetched them. */
export type PythonFiles = Record<string, ArrayBuffer>;

/**
 * Before its run, a Python sandbox gets Pyodide's bytes from the page: the worker's opaque origin and
 * its CSP cannot fetch anything, so the page (same origin, HTTP-cached) fetches and transfers them.
 * The guest answers `python-ready` once the interpreter is up.
 */
export interface LoadPythonMessage {
  type: "load-python";
  files: PythonFiles;
}

export type HostMessage = RunMessage | LoadPythonMessage;

// ── the sandbox handshake: page ⇄ frame ⇄ worker ─────────────────────────────

/** Frame → page: the sandbox document is up and waits for the guest's source. */
export interface FrameReadyMessage {
  type: "frame-ready";
}
/** Page → frame: the guest worker's script; the page's end of the private channel travels with it. */
export interface BootMessage {
  type: "boot";
  source: string;
}
/** Frame → worker, with the port it talks on (to the page, or to the parent of a `runInWorker` child). */
export interface ConnectMessage {
  type: "connect";
}
/**
 * Guest worker → frame: start a `runInWorker` child and connect it to the port that travels with
 * this (the frame starts it: Firefox can block a worker's thread inside a nested `new Worker`).
 */
export interface StartWorkerMessage {
  type: "start-worker";
  id: number;
}
/** Guest worker → frame: that child is over; end its thread. */
export interface EndWorkerMessage {
  type: "end-worker";
  id: number;
}
/** Frame → guest worker: that child failed outside its guest (or was refused), with the reason. */
export interface WorkerFailedMessage {
  type: "worker-failed";
  id: number;
  message: string;
}
/** What the frame itself may say to the page: it is ready, or its worker failed outside the guest. */
export type FrameMessage = FrameReadyMessage | ErrorMessage;

// ── guest → host ─────────────────────────────────────────────────────────────

/** The guest is installed and waits for `run`. */
export interface ReadyMessage {
  type: "ready";
}
/** The guest loaded Pyodide (after `load-python`): a Python run can start at once. */
export interface PythonReadyMessage {
  type: "python-ready";
}
/** Console lines, oldest first (one or many: the guest batches under load). */
export interface LogsMessage {
  type: "logs";
  lines: LogLine[];
}
export interface TaskMessage extends TaskLane {
  type: "task";
}
export interface SpanMessage extends TaskSpan {
  type: "span";
}
/** Task and span messages posted together, oldest first (the guest batches them under load, like lines). */
export interface EventsMessage {
  type: "events";
  events: (TaskMessage | SpanMessage)[];
}
/** Heartbeat every ~100 ms real time while the guest's event loop is free; a gap means user code is blocking it. */
export interface TickMessage {
  type: "tick";
  time: number;
  realTime: number;
  /** From a `runInWorker` child: nothing it posts later is stamped earlier than this logical time (≥ `time`). */
  quietUntil?: number;
}
/** Total console lines dropped so far by the flood cap (cumulative, not a delta). */
export interface DroppedMessage {
  type: "dropped";
  count: number;
}
/** A run may continue after an `uncaught`/`unhandledrejection` error (as in a browser); `timeout` is final. */
export interface ErrorMessage extends ErrorInfo {
  type: "error";
  kind: ErrorKind;
  /** Logical time it was reported at (absent when the worker itself failed). */
  time?: number;
}
/** Nothing is left to run: no timers, no pending work, the module has settled. Final. */
export interface DoneMessage {
  type: "done";
  time: number;
  realTime: number;
}
/** Trace events of an instrumented run (`trace: true`), oldest first, in batches (trace-events.ts), packed by trace-codec.ts. */
export interface TraceMessage {
  type: "trace";
  batch: TraceBatch;
}
/** Only for a run with `args`: the default export's outcome at logical `time`. */
export type ResultMessage =
  | { type: "result"; ok: true; value: unknown; time: number }
  | { type: "result"; ok: false; error: ErrorInfo; time: number };

export type GuestMessage =
  | ReadyMessage
  | PythonReadyMessage
  | LogsMessage
  | TaskMessage
  | SpanMessage
  | EventsMessage
  | TickMessage
  | DroppedMessage
  | ErrorMessage
  | DoneMessage
  | ResultMessage
  | TraceMessage;

const GUEST_TYPES: ReadonlySet<string> = new Set<GuestMessage["type"]>([
  "ready",
  "python-ready",
  "logs",
  "task",
  "span",
  "events",
  "tick",
  "dropped",
  "error",
  "done",
  "result",
  "trace",
]);

function hasType(value: unknown): value is { type: unknown } {
  return typeof value === "object" && value !== null && "type" in value;
}

/** Whether `value` looks like a message from a guest (checks the tag only: validate.ts checks the rest). */
export function isGuestMessage(value: unknown): value is GuestMessage {
  return hasType(value) && typeof value.type === "string" && GUEST_TYPES.has(value.type);
}

/** Whether `value` is a well-formed `run` message. */
export function isRunMessage(value: unknown): value is RunMessage {
  if (!hasType(value) || value.type !== "run") return false;
  const run = value as Partial<RunMessage>;
  const hasModule = typeof run.code === "string" || typeof run.moduleUrl === "string";
  return (
    hasModule &&
    (run.mode === "paced" || run.mode === "virtual") &&
    typeof run.scale === "number" &&
    run.scale > 0 &&
    typeof run.timeLimit === "number" &&
    (run.language === undefined || (run.language === "python" && typeof run.code === "string")) &&
    (run.setup === undefined || typeof run.setup === "string") &&
    (run.epilogue === undefined || typeof run.epilogue === "string") &&
    (run.locale === undefined || run.locale === "en" || run.locale === "pt-BR")
  );
}

/** Whether `value` is a `load-python` carrying only ArrayBuffers. */
export function isLoadPythonMessage(value: unknown): value is LoadPythonMessage {
  if (!hasType(value) || value.type !== "load-python") return false;
  const files = (value as { files?: unknown }).files;
  return typeof files === "object" && files !== null && Object.values(files).every((file) => file instanceof ArrayBuffer);
}
