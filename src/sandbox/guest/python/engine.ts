/**
 * Python on the run's clock: a loaded Pyodide, bridged once to whichever run is current. asyncio's
 * WebLoop schedules through the run's `setTimeout` (so `call_soon` is a logical macrotask, and
 * `call_later` a logical timer), `time.sleep` is the runtime's exact blocking sleep, and
 * `time.monotonic`/`time.time`/`loop.time()` read the run's clock through `performance.now` and
 * `Date.now`, which the guest has already put on it.
 */
import { pythonError, SEED_FILE, SETUP_FILE } from "../../../code/python-traceback.ts";

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
  /** Calls `callback` after `ms` logical ms, after anything already due then (asyncio's call_soon/call_later). */
  schedule(callback: () => void, ms: number): unknown;
  sleepSync(ms: number): void;
  print(level: "log" | "error", text: string): void;
  download(url: string): Promise<unknown>;
}

export interface PythonEngine {
  /**
   * Runs `source` as `__main__` (top-level `await` allowed) on `hooks`, after `setup` (the lesson's
   * earlier code) in the same namespace; rejects with the Python traceback.
   */
  run(source: string, hooks: PythonRunHooks, setup?: string): Promise<void>;
}

/** Installed once per interpreter: asyncio and `time` go through `_interleave`, looked up on every call. */
const BRIDGE = `
import time as _time
import pyodide.webloop as _webloop
import _interleave

_webloop.scheduleCallback = _interleave.schedule

def sleep(seconds):
    """Blocks for \`seconds\` of the run's clock (the runtime's exact blocking sleep)."""
    seconds = float(seconds)
    if seconds < 0:
        raise ValueError("sleep length must be non-negative")
    _interleave.sleep_sync(seconds * 1000)

_time.sleep = sleep
del sleep

import asyncio as _asyncio
import types as _types

if not hasattr(_asyncio, "coroutine"):
    def coroutine(func):
        """Stand-in for @asyncio.coroutine (Python 3.4-3.10, removed in 3.11): a generator-based coroutine."""
        return _types.coroutine(func)

    _asyncio.coroutine = coroutine
    del coroutine
`;

const noRun: PythonRunHooks = {
  schedule: () => {
    throw new Error("no Python run is in progress");
  },
  sleepSync: () => {},
  print: () => {},
  download: () => Promise.reject(new Error("no Python run is in progress")),
};

/** Bridges a freshly loaded Pyodide to the runs to come. */
export function preparePython(pyodide: LoadedPyodide): PythonEngine {
  let current = noRun;
  pyodide.registerJsModule("_interleave", {
    schedule: (callback: () => void, ms: number) => current.schedule(callback, ms),
    sleep_sync: (ms: number) => current.sleepSync(ms),
    download: (url: string) => current.download(url),
  });
  pyodide.setStdout({ batched: (text) => current.print("log", text) });
  pyodide.setStderr({ batched: (text) => current.print("error", text) });
  pyodide.runPython(BRIDGE, { filename: "<interleave>" });
  return {
    async run(source, hooks, setup) {
      current = hooks;
      const globals = pyodide.runPython("{'__name__': '__main__'}");
      try {
        if (setup) await pyodide.runPythonAsync(setup, { globals, filename: SETUP_FILE });
        await pyodide.runPythonAsync(source, { globals, filename: SEED_FILE });
      } catch (error) {
        throw pythonError(error);
      } finally {
        // A last line printed without a newline still reaches the output.
        pyodide.runPython("import sys; sys.stdout.flush(); sys.stderr.flush()");
      }
    },
  };
}
