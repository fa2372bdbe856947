/**
 * Python on the run's clock: a loaded Pyodide, bridged once (bridge.ts) to whichever run is
 * current. asyncio's WebLoop schedules on the run's timer queue (so `call_soon` is a logical
 * macrotask and `call_later` a logical timer), `time.sleep` is the runtime's exact blocking sleep,
 * and `time.monotonic`/`time.time`/`loop.time()` read the run's clock through `performance.now`
 * and `Date.now`, which the guest has already put on it.
 */
import { pythonError, SEED_FILE, SETUP_FILE } from "../../../code/python-traceback.ts";
import { STAND_IN_MODULES } from "../../../code/python-stand-ins.ts";
import { BRIDGE } from "./bridge.ts";

/** The part of Pyodide's API the engine uses (the same in a browser worker and in Node). */
export interface LoadedPyodide {
  runPython(code: string, options?: { globals?: unknown; filename?: string }): unknown;
  runPythonAsync(code: string, options?: { globals?: unknown; filename?: string }): Promise<unknown>;
  registerJsModule(name: string, module: object): void;
  setStdout(options: { batched: (text: string) => void }): void;
  setStderr(options: { batched: (text: string) => void }): void;
}

/** What one run lends the interpreter: its clock's timers and sleep, its console, its simulated network. */
export interface PythonRunHooks {
  /**
   * Calls `callback` after `ms` logical ms, after anything already due then (asyncio's call_soon/call_later),
   * as a step of the task `lane` (from `taskStarted`) when it is one.
   */
  schedule(callback: () => void, ms: number, lane?: number): unknown;
  /** An asyncio task of the seed's code began: its lane on the timeline (returns the lane's id). */
  taskStarted(name: string): number;
  /** …and ended. */
  taskEnded(lane: number): void;
  sleepSync(ms: number): void;
  print(level: "log" | "error", text: string): void;
  download(url: string): Promise<unknown>;
  /** A download that holds the thread for its latency (the \`requests\` stand-in). */
  downloadSync(url: string): unknown;
}

export interface PythonEngine {
  /**
   * Runs `source` as `__main__` (top-level `await` allowed) on `hooks`, after `setup` (the lesson's
   * earlier code, or a stand-in's imports) in the same namespace, then `epilogue` (a stand-in's
   * driver, e.g. `main(download_many)`); rejects with the Python traceback.
   */
  run(source: string, hooks: PythonRunHooks, setup?: string, epilogue?: string): Promise<void>;
}


const noRun: PythonRunHooks = {
  schedule: () => {
    throw new Error("no Python run is in progress");
  },
  taskStarted: () => 0,
  taskEnded: () => {},
  sleepSync: () => {},
  print: () => {},
  download: () => Promise.reject(new Error("no Python run is in progress")),
  downloadSync: () => {
    throw new Error("no Python run is in progress");
  },
};

/** A REPL session as the speaker showed it (`>>> ` prompts), rather than a script. */
export function isTranscript(source: string): boolean {
  return /^\s*>>>/.test(source);
}

/** Bridges a freshly loaded Pyodide to the runs to come. */
export function preparePython(pyodide: LoadedPyodide): PythonEngine {
  let current = noRun;
  pyodide.registerJsModule("_interleave", {
    schedule: (callback: () => void, ms: number, lane?: number) => current.schedule(callback, ms, lane ?? undefined),
    task_started: (name: string) => current.taskStarted(name),
    task_ended: (lane: number) => current.taskEnded(lane),
    sleep_sync: (ms: number) => current.sleepSync(ms),
    download: (url: string) => current.download(url),
    download_sync: (url: string) => current.downloadSync(url),
  });
  pyodide.setStdout({ batched: (text) => current.print("log", text) });
  pyodide.setStderr({ batched: (text) => current.print("error", text) });
  pyodide.runPython(BRIDGE, { filename: "<interleave>" });
  const runTranscript = pyodide.runPython("_run_transcript") as (source: string, globals: unknown) => void;
  const installModule = pyodide.runPython("_install_module") as (name: string, source: string) => void;
  for (const [name, source] of Object.entries(STAND_IN_MODULES)) installModule(name, source);
  return {
    async run(source, hooks, setup, epilogue) {
      const globals = pyodide.runPython("{'__name__': '__main__'}");
      const execute = async (code: string, filename: string) => {
        if (isTranscript(code)) runTranscript(code, globals);
        else await pyodide.runPythonAsync(code, { globals, filename });
      };
      try {
        // What the earlier fence printed was shown there: here it only defines what this one uses.
        current = { ...hooks, print: () => {} };
        if (setup) await execute(setup, SETUP_FILE);
        current = hooks;
        await execute(source, SEED_FILE);
        if (epilogue) await execute(epilogue, "<stand-in>");
      } catch (error) {
        throw pythonError(error);
      } finally {
        // A last line printed without a newline still reaches the output.
        pyodide.runPython("import sys; sys.stdout.flush(); sys.stderr.flush()");
      }
    },
  };
}
