/**
 * Python on the run's clock, as the content test and the page rely on: asyncio's timers, `loop.time()`,
 * `time.monotonic`/`time.time` and a blocking `time.sleep` all read one exact logical clock, and
 * asyncio keeps its own order. One interpreter serves the file.
 */
import { afterAll, describe, expect, it } from "vitest";
import { closePython, runPythonInNode } from "./python-runner";

afterAll(closePython);
const stamped = (result: Awaited<ReturnType<typeof runPythonInNode>>) => result.lines.map((line) => `${line.time} ${line.text}`);

describe("Python on the run's clock", () => {
  it("takes the seeds' 9 s for three blocking hello()s and 3 s gathered", async () => {
    const blocking = await runPythonInNode("import time\nfor _ in range(3):\n    print('Hello'); time.sleep(3); print('World')\n");
    expect(blocking.time).toBe(9000);
    const gathered = await runPythonInNode(
      "import asyncio\nasync def hello():\n    print('Hello')\n    await asyncio.sleep(3)\n    print('World')\nawait asyncio.gather(hello(), hello(), hello())\n",
    );
    expect(gathered.time).toBe(3000);
    expect(stamped(gathered)).toEqual(["0 Hello", "0 Hello", "0 Hello", "3000 World", "3000 World", "3000 World"]);
  }, 60_000);

  it("reads the same clock through loop.time(), time.monotonic() and time.time()", async () => {
    const result = await runPythonInNode(
      "import asyncio, time\nloop = asyncio.get_running_loop()\nt0 = time.time()\nawait asyncio.sleep(1.5)\nprint(loop.time(), time.monotonic(), time.time() - t0)\ntime.sleep(0.25)\nprint(time.monotonic())\n",
      { epoch: Date.UTC(2026, 0, 1) },
    );
    expect(stamped(result)).toEqual(["1500 1.5 1.5 1.5", "1750 1.75"]);
  }, 60_000);

  it("keeps asyncio's own order: call_soon callbacks first in, first out, before a timer due later", async () => {
    const result = await runPythonInNode(
      "import asyncio\nloop = asyncio.get_running_loop()\nloop.call_later(0.001, print, 'later')\nfor n in range(3):\n    loop.call_soon(print, 'soon', n)\nawait asyncio.sleep(0.01)\n",
    );
    expect(result.lines.map((line) => line.text)).toEqual(["soon 0", "soon 1", "soon 2", "later"]);
  }, 60_000);

  it("names each asyncio task of the seed's code after its call, on the lines it prints", async () => {
    const result = await runPythonInNode("import asyncio\nasync def count(label, n):\n    for i in range(n):\n        print(label, i)\n        await asyncio.sleep(1)\nawait asyncio.gather(count('A', 1), count('B', 2))\n");
    expect(result.tasks.map((task) => [task.name, task.start, task.end])).toEqual([["count('A', 1)", 0, 1000], ["count('B', 2)", 0, 2000]]);
    expect(result.lines.map((line) => line.task)).toEqual(["count('A', 1)", "count('B', 2)", "count('B', 2)"]);
  }, 60_000);

  it("reports an exception as CPython's traceback, pointing at the seed's line", async () => {
    const result = await runPythonInNode("def f():\n    return 1 / 0\n\nf()\n");
    expect(result.error).toMatchObject({ name: "ZeroDivisionError", message: "division by zero" });
    expect(result.error?.stack).toContain('File "seed.py", line 2, in f');
    expect(result.error?.stack).not.toContain("_pyodide");
  }, 60_000);

  it("replays a >>> session as the REPL shows it: inputs echoed, values and tracebacks printed, addresses as 0x...", async () => {
    const result = await runPythonInNode(">>> def two():\n...     yield 1\n...     yield 2\n...\n>>> two  # (1)\n<function two at 0x...>\n>>> g = two()\n>>> next(g); next(g)\n1\n2\n>>> next(g)\nTraceback (most recent call last):\n...\nStopIteration\n>>>             (9)\n");
    expect(result.lines.map((line) => line.text)).toEqual([
      ">>> def two():",
      "...     yield 1",
      "...     yield 2",
      "...",
      ">>> two  # (1)",
      "<function two at 0x...>",
      ">>> g = two()",
      ">>> next(g); next(g)",
      "1",
      "2",
      ">>> next(g)",
      "Traceback (most recent call last):",
      '  File "<stdin>", line 1, in <module>',
      "StopIteration",
      ">>>",
    ]);
  }, 60_000);

  it("stops a Python loop that never ends at the time limit", async () => {
    const result = await runPythonInNode("import time\nwhile True:\n    time.sleep(1)\n", { timeLimit: 5000 });
    expect(result.timedOut).toBe(true);
    expect(result.time).toBe(5000);
  }, 60_000);
});
