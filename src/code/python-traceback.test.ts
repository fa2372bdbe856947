import { describe, expect, it } from "vitest";
import { cleanTraceback, pythonError, SEED_FILE, tracebackLine } from "./python-traceback";

const fromPyodide = [
  "Traceback (most recent call last):",
  '  File "/lib/python314.zip/_pyodide/_base.py", line 597, in eval_code_async',
  "    await CodeRunner(",
  "    ...<9 lines>...",
  '  File "seed.py", line 4, in <module>',
  "    print(1 / 0)",
  "          ~~^~~",
  "ZeroDivisionError: division by zero",
].join("\n");

describe("Python tracebacks", () => {
  it("leaves out the frames of Pyodide's own runner and keeps the seed's", () => {
    expect(cleanTraceback(fromPyodide)).toBe(
      ["Traceback (most recent call last):", '  File "seed.py", line 4, in <module>', "    print(1 / 0)", "          ~~^~~", "ZeroDivisionError: division by zero"].join("\n"),
    );
  });

  it("leaves out the JavaScript frames stack switching puts between Python ones", () => {
    const switched = ['Traceback (most recent call last):', '  File "seed.py", line 16, in download_many', "    done, _ = loop.run_until_complete(super_task)", '  File "node:internal/timers", line 473, in process.processImmediate', '  File "blob:https://x/1", line 1, in f', '  File "/lib/python314.zip/asyncio/tasks.py", line 429, in wait', "TypeError: no"].join("\n");
    expect(cleanTraceback(switched)).not.toMatch(/node:|blob:/);
    expect(cleanTraceback(switched)).toContain("asyncio/tasks.py");
  });

  it("finds the line of the seed's code the innermost frame points at", () => {
    expect(tracebackLine(fromPyodide, SEED_FILE)).toBe(4);
    expect(tracebackLine("ValueError: no frames", SEED_FILE)).toBeUndefined();
  });

  it("turns a Pyodide PythonError into the exception's type, text and traceback", () => {
    const error = Object.assign(new Error(fromPyodide), { name: "PythonError" });
    const converted = pythonError(error) as Error;
    expect([converted.name, converted.message]).toEqual(["ZeroDivisionError", "division by zero"]);
    expect(converted.stack).toMatch(/^Traceback[\s\S]*seed\.py", line 4/);
  });

  it("passes anything else through", () => {
    const error = new TypeError("not Python");
    expect(pythonError(error)).toBe(error);
  });
});
