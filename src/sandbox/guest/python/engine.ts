/**
 * Python on the run's clock: a loaded Pyodide, bridged once to whichever run is current. asyncio's
 * WebLoop schedules through the run's `setTimeout` (so `call_soon` is a logical macrotask, and
 * `call_later` a logical timer), `time.sleep` is the runtime's exact blocking sleep, and
 * `time.monotonic`/`time.time`/`loop.time()` read the run's clock through `performance.now` and
 * `Date.now`, which the guest has already put on it.
 */
import { pythonError, SEED_FILE, SETUP_FILE } from "../../../code/python-traceback.ts";
import { STAND_IN_MODULES } from "../../../code/python-stand-ins.ts";

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

/** Installed once per interpreter: asyncio and `time` go through `_interleave`, looked up on every call. */
const BRIDGE = `
import time as _time
import pyodide.webloop as _webloop
import _interleave
import asyncio

_webloop.scheduleCallback = _interleave.schedule

# Tasks of the seed's own coroutines get a lane on the timeline, named like the call that made them.
_SEED_FILES = ("seed.py", "above.py")
_lanes = {}
# The lane of the task being created: its first step is scheduled inside the Task constructor.
_new_lane = None


def _lane_name(coro):
    code = getattr(coro, "cr_code", None) or getattr(coro, "gi_code", None)
    frame = getattr(coro, "cr_frame", None) or getattr(coro, "gi_frame", None)
    if code is not None and code.co_name == "_wrap_awaitable" and frame is not None:
        return _lane_name(frame.f_locals.get("awaitable"))
    if code is None or code.co_filename not in _SEED_FILES:
        return None
    try:
        args = ", ".join(repr(frame.f_locals[name]) for name in code.co_varnames[: code.co_argcount])
    except Exception:
        args = "…"
    return f"{code.co_name}({args})"


def _patch_loop(WebLoop):
    create_task = WebLoop.create_task
    call_later = WebLoop.call_later

    def create_task_with_lane(self, coro, **kwargs):
        global _new_lane
        name = _lane_name(coro)
        if name is None:
            return create_task(self, coro, **kwargs)
        lane = _new_lane = _interleave.task_started(name)
        try:
            task = create_task(self, coro, **kwargs)
        finally:
            _new_lane = None
        _lanes[id(task)] = lane

        def ended(done):
            _lanes.pop(id(done), None)
            _interleave.task_ended(lane)

        task.add_done_callback(ended)
        return task

    def call_later_in_lane(self, delay, callback, *args, context=None):
        owner = getattr(callback, "__self__", None)
        lane = _lanes.get(id(owner)) if owner is not None else None
        if lane is None and _new_lane is not None and isinstance(owner, asyncio.Task):
            lane = _new_lane
        if lane is None:
            return call_later(self, delay, callback, *args, context=context)
        # The task's step runs in its lane: WebLoop hands scheduleCallback the handle's runner.
        _webloop.scheduleCallback = lambda run, ms: _interleave.schedule(run, ms, lane)
        try:
            return call_later(self, delay, callback, *args, context=context)
        finally:
            _webloop.scheduleCallback = _interleave.schedule

    WebLoop.create_task = create_task_with_lane
    WebLoop.call_later = call_later_in_lane


_patch_loop(_webloop.WebLoop)
del _patch_loop

def sleep(seconds):
    """Blocks for \`seconds\` of the run's clock (the runtime's exact blocking sleep)."""
    seconds = float(seconds)
    if seconds < 0:
        raise ValueError("sleep length must be non-negative")
    _interleave.sleep_sync(seconds * 1000)

_time.sleep = sleep
del sleep

import code as _code
import re as _re
import sys as _sys

_ADDRESS = _re.compile(r" at 0x[0-9a-f]+>")
# A bare prompt followed by a callout number, "(11)", is the speaker's annotation, not code.
_CALLOUT = _re.compile(r"^\\(\\d+\\)$")


def _install_module(name, source):
    import types

    module = types.ModuleType(name)
    module.__file__ = f"<stand-in {name}>"
    exec(compile(source, module.__file__, "exec"), module.__dict__)
    _sys.modules[name] = module


def _run_transcript(source, namespace):
    """Replays a >>> session as the REPL would: echo each input line, print what it shows.
    Object addresses read 0x..., as in the speaker's doctest: they differ on every run."""
    console = _code.InteractiveConsole(namespace, filename="<stdin>")
    hook = _sys.displayhook

    def display(value):
        if value is not None:
            namespace["_"] = value
            print(_ADDRESS.sub(" at 0x...>", repr(value)))

    _sys.displayhook = display
    more = False
    try:
        for line in source.splitlines():
            stripped = line.strip()
            if more and not stripped.startswith("..."):
                # The speaker pressed Enter on an empty "..." line; transcripts leave it out.
                more = console.push("")
            if stripped.startswith(">>>") or (more and stripped.startswith("...")):
                typed = stripped[4:] if len(stripped) > 3 else ""
                if _CALLOUT.match(typed.strip()):
                    typed = ""
                prompt = ">>>" if stripped.startswith(">>>") else "..."
                print(f"{prompt} {typed}" if typed else prompt)
                more = console.push(typed)
        if more:
            console.push("")
    finally:
        _sys.displayhook = hook

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
