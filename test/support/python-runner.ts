/**
 * Runs Python (a lesson's seed code) in Node the way the page does: Pyodide in a child process
 * (with WebAssembly stack switching on, as in Chromium, for the seeds' `run_until_complete`), the
 * guest's runtime installed, on virtual time by default. One process (one interpreter) serves every
 * run of a test file, one run at a time; a run that must be stopped takes the process with it.
 */
import { build } from "esbuild";
import { type ChildProcess, fork } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { GuestMessage, RunMessage, TaskLane } from "../../src/sandbox/protocol/messages.ts";
import { checkGuestMessage } from "../../src/sandbox/protocol/validate.ts";
import { emptyRunResult, type NodeRunOptions, type NodeRunResult, recordMessage } from "./node-runner.ts";

const DEFAULT_EPOCH = Date.UTC(2026, 0, 1, 9);
/** Real ms a run may take (the first also starts the interpreter). */
const REAL_GUARD = 30_000;

const cacheDirectory = fileURLToPath(new URL("../../node_modules/.cache/interleave/", import.meta.url));

let bundle: Promise<string> | undefined;
/** The child's script, bundled once per test process into a file (fork needs a path). */
function pythonWorkerBundle(): Promise<string> {
  bundle ??= build({
    entryPoints: [fileURLToPath(new URL("./node-python-worker.ts", import.meta.url))],
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node22",
    write: false,
    logLevel: "silent",
  }).then((result) => {
    mkdirSync(cacheDirectory, { recursive: true });
    const file = `${cacheDirectory}python-worker-${process.pid}.cjs`;
    writeFileSync(file, result.outputFiles[0]!.text);
    return file;
  });
  return bundle;
}

let worker: Promise<ChildProcess> | undefined;
let queue: Promise<unknown> = Promise.resolve();

async function pythonWorker(): Promise<ChildProcess> {
  worker ??= pythonWorkerBundle().then((file) =>
    fork(file, { execArgv: ["--experimental-wasm-jspi"], serialization: "advanced", stdio: ["ignore", "inherit", "inherit", "ipc"] }),
  );
  return worker;
}

/** Runs `source` as the page's "Run Python" would; runs queue behind each other. */
export function runPythonInNode(source: string, options: NodeRunOptions & { setup?: string; epilogue?: string } = {}): Promise<NodeRunResult> {
  const run = queue.then(() => runNow(source, options));
  queue = run.catch(() => undefined);
  return run;
}

/** Ends the shared worker (at the end of a test file). */
export async function closePython(): Promise<void> {
  const current = worker;
  worker = undefined;
  if (current) (await current).kill();
}

async function runNow(source: string, options: NodeRunOptions & { setup?: string; epilogue?: string }): Promise<NodeRunResult> {
  const thread = await pythonWorker();
  const mode = options.mode ?? "virtual";
  const timeLimit = options.timeLimit ?? 10_000;
  const request: RunMessage = {
    type: "run",
    language: "python",
    code: source,
    ...(options.setup ? { setup: options.setup } : {}),
    ...(options.epilogue ? { epilogue: options.epilogue } : {}),
    mode,
    scale: options.scale ?? 1,
    timeLimit,
    seed: options.seed,
    epoch: options.epoch ?? (mode === "virtual" ? DEFAULT_EPOCH : undefined),
  };
  const result = emptyRunResult();
  const lanes = new Map<number, TaskLane>();
  const startedAt = performance.now();
  return new Promise<NodeRunResult>((resolve) => {
    let ended = false;
    const end = (keepWorker: boolean) => {
      if (ended) return;
      ended = true;
      clearTimeout(timer);
      thread.off("message", onMessage);
      thread.off("exit", onExit);
      if (!keepWorker) void closePython();
      result.tasks = [...lanes.values()];
      result.error = result.errors[0];
      result.realTime = performance.now() - startedAt;
      resolve(result);
    };
    const fail = (message: string, kind: "timeout" | "uncaught" = "timeout") => {
      result.errors.push({ kind, name: "", message, stack: "" });
      result.timedOut = kind === "timeout";
      end(false);
    };
    const timer = setTimeout(() => fail(`stopped after ${REAL_GUARD / 1000} s`), options.realTimeLimit ?? REAL_GUARD);
    const hear = (message: GuestMessage) => {
      if (message.type === "python-ready") return thread.send(request);
      if (message.type === "ready") return;
      const outcome = recordMessage(result, lanes, message, timeLimit * request.scale);
      if (outcome === "done") end(true);
      else if (outcome?.timeout) fail(outcome.timeout);
    };
    const onMessage = (data: unknown) => {
      const checked = checkGuestMessage(data);
      if (!checked.ok) {
        result.refused = checked.problem;
        return end(false);
      }
      if (checked.message.type === "events") checked.message.events.forEach(hear);
      else hear(checked.message);
    };
    const onExit = () => fail("the Python process exited before the run was done", "uncaught");
    thread.on("message", onMessage);
    thread.on("exit", onExit);
    thread.send({ type: "start" });
  });
}
