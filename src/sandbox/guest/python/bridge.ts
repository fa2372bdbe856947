/**
 * The Python side of the bridge, run once per interpreter: asyncio's WebLoop schedules through
 * `_interleave` (looked up on every call, so each run's clock answers), asyncio tasks of the
 * seed's code get timeline lanes, `time.sleep` blocks on the run's clock, >>> sessions replay as
 * the REPL shows them, stand-in modules install, and `@asyncio.coroutine` has its stand-in.
 */
/** Installed once per interpreter: asyncio and `time` go through `_interleave`, looked up on every call. */
export const BRIDGE = `
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
