/**
 * Runs a compiled snippet (ES module text with the `interleave` facade bundled in) in a fresh Node
 * worker thread with the guest installed — by default on virtual time, so output and stamps are
 * deterministic and instant (paced time prints the same, at the example's speed). Used by the content test to check every lesson's promised output.
 */
import { build } from "esbuild";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { ClockMode, ErrorInfo, ErrorKind, LogLine, RunMessage, TaskLane, TaskSpan, TraceEvent } from "../../src/sandbox/protocol/messages.ts";
import type { GuestMessage } from "../../src/sandbox/protocol/messages.ts";
import { checkGuestMessage } from "../../src/sandbox/protocol/validate.ts";
import { decodeTraceBatch } from "../../src/sandbox/protocol/trace-codec.ts";

export interface NodeRunOptions {
  /** Default "virtual". */
  mode?: ClockMode;
  /** Logical ms per real ms (default 1). */
  scale?: number;
  /** The example's time limit in real ms (default 10,000); logical time stops at timeLimit × scale ms. */
  timeLimit?: number;
  /** Real ms after which the worker is terminated whatever it does (default: 10,000, or timeLimit when paced). */
  realTimeLimit?: number;
  seed?: number;
  /** Epoch ms at logical time 0 (default: a fixed date, so virtual runs are reproducible). */
  epoch?: number;
  /** The code is instrumented for the trace (issue 8): install the tracer and collect its events. */
  trace?: boolean;
}

export interface NodeRunError extends ErrorInfo {
  kind: ErrorKind;
}

export interface NodeRunResult {
  lines: LogLine[];
  /** The first error reported, if any. */
  error?: NodeRunError;
  errors: NodeRunError[];
  /** Logical ms when the run ended (done, or stopped). */
  time: number;
  /** Real ms the run took. */
  realTime: number;
  tasks: TaskLane[];
  spans: TaskSpan[];
  /** Console lines dropped by the flood cap. */
  dropped: number;
  /** Whether the run was stopped by a time limit. */
  timedOut: boolean;
  /** Trace events, in order (only for `trace: true`). */
  trace: TraceEvent[];
  /** Why the run was stopped when a message broke the protocol (as the page would refuse it). */
  refused?: string;
  /** Real ms from the start of the module's evaluation until the run went idle, as the guest measured it (no worker start-up). */
  runRealTime?: number;
}

const DEFAULT_TIME_LIMIT = 10_000;
const DEFAULT_REAL_GUARD = 10_000;
/** 2026-01-01T09:00:00Z: virtual runs print the same dates every time. */
const DEFAULT_EPOCH = Date.UTC(2026, 0, 1, 9);

let bundle: Promise<string> | undefined;

/** The guest and its Node bootstrap as one script (built once per process). */
export function nodeGuestBundle(): Promise<string> {
  bundle ??= build({
    entryPoints: [fileURLToPath(new URL("./node-worker.ts", import.meta.url))],
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node22",
    write: false,
    logLevel: "silent",
  }).then((result) => {
    const file = result.outputFiles[0];
    if (!file) throw new Error("esbuild produced no guest bundle");
    return file.text;
  });
  return bundle;
}

/** What a guest message ends, if anything: the run is done, or stopped at its time limit. */
export type RecordOutcome = "done" | { timeout: string } | undefined;

/** Adds a guest message to the run's record; `logicalLimit` is the logical ms at which a timeout stops it. */
export function recordMessage(result: NodeRunResult, lanes: Map<number, TaskLane>, message: GuestMessage, logicalLimit: number): RecordOutcome {
  switch (message.type) {
    case "logs":
      result.lines.push(...message.lines);
      result.time = Math.max(result.time, ...message.lines.map((line) => line.time));
      return;
    case "task":
      lanes.set(message.id, { id: message.id, name: message.name, start: message.start, ...(message.end === undefined ? {} : { end: message.end }) });
      return;
    case "span":
      result.spans.push({ id: message.id, task: message.task, kind: message.kind, start: message.start, end: message.end });
      return;
    case "tick":
      result.time = Math.max(result.time, message.time);
      return;
    case "dropped":
      result.dropped = message.count;
      return;
    case "error": {
      const { type: _type, time: _time, ...error } = message;
      if (message.kind !== "timeout") return void result.errors.push(error);
      result.time = logicalLimit;
      return { timeout: message.message };
    }
    case "done":
      result.time = message.time;
      result.runRealTime = message.realTime;
      return "done";
    case "trace":
      for (const event of decodeTraceBatch(message.batch)) result.trace.push(event);
      return;
    default:
      return;
  }
}

/** An empty record of a run. */
export function emptyRunResult(): NodeRunResult {
  return { lines: [], errors: [], time: 0, realTime: 0, tasks: [], spans: [], dropped: 0, timedOut: false, trace: [] };
}

export async function runInNode(js: string, options: NodeRunOptions = {}): Promise<NodeRunResult> {
  const source = await nodeGuestBundle();
  const mode = options.mode ?? "virtual";
  const timeLimit = options.timeLimit ?? DEFAULT_TIME_LIMIT;
  const request: RunMessage = {
    type: "run",
    code: js,
    mode,
    scale: options.scale ?? 1,
    timeLimit,
    seed: options.seed,
    epoch: options.epoch ?? (mode === "virtual" ? DEFAULT_EPOCH : undefined),
    ...(options.trace ? { trace: true } : {}),
  };
  const guard = options.realTimeLimit ?? (mode === "paced" ? timeLimit : DEFAULT_REAL_GUARD);
  const result = emptyRunResult();
  const lanes = new Map<number, TaskLane>();
  const startedAt = performance.now();
  const worker = new Worker(source, { eval: true, workerData: { bundle: source } });

  return new Promise<NodeRunResult>((resolve) => {
    let ended = false;
    const end = () => {
      if (ended) return;
      ended = true;
      clearTimeout(timer);
      void worker.terminate();
      result.tasks = [...lanes.values()];
      result.error = result.errors[0];
      result.realTime = performance.now() - startedAt;
      resolve(result);
    };
    const fail = (kind: ErrorKind, message: string, name = "", stack = "") => {
      if (ended) return; // terminating the worker after the end makes it exit: not an error of the run
      result.errors.push({ kind, name, message, stack });
      if (kind === "timeout") result.timedOut = true;
      end();
    };
    const timer = setTimeout(() => fail("timeout", `stopped after ${guard / 1000} s`), guard);
    worker.on("message", (data: unknown) => {
      if (ended) return;
      const checked = checkGuestMessage(data);
      if (!checked.ok) {
        result.refused = checked.problem;
        return end();
      }
      if (checked.message.type === "events") checked.message.events.forEach(hear);
      else hear(checked.message);
    });
    const hear = (message: GuestMessage) => {
      if (message.type === "ready") return worker.postMessage(request);
      const outcome = recordMessage(result, lanes, message, timeLimit * request.scale);
      if (outcome === "done") end();
      else if (outcome?.timeout) fail("timeout", outcome.timeout);
    };
    worker.on("error", (error) => fail("uncaught", error.message, error.name, String(error.stack)));
    worker.on("exit", () => fail("uncaught", "the worker exited before the run was done"));
  });
}
