/**
 * A Python exception as the reader should see it: CPython's traceback, without the frames of
 * Pyodide's own machinery that ran the code (they say nothing about the lesson's code).
 */

/** The file name tracebacks give the lesson's code. */
export const SEED_FILE = "seed.py";
/** …and the lesson's earlier code a fence continues. */
export const SETUP_FILE = "above.py";

/**
 * Frames of Pyodide's runner, not of the code or the standard library it calls; and JavaScript
 * frames that stack switching (`run_until_complete`) leaves between Python ones.
 */
const machinery = /^ {2}File "([^"]*\/(_pyodide|pyodide)\/|node:|blob:|[a-z]+:\/\/)/;
const frameStart = /^ {2}File "/;

/** The traceback without Pyodide's own frames. */
export function cleanTraceback(text: string): string {
  const kept: string[] = [];
  let skipping = false;
  for (const line of text.trimEnd().split("\n")) {
    if (frameStart.test(line)) skipping = machinery.test(line);
    else if (!line.startsWith("    ")) skipping = false;
    if (!skipping) kept.push(line);
  }
  return kept.join("\n");
}

/** The line of `file` the innermost frame in it points at, if any. */
export function tracebackLine(traceback: string, file: string): number | undefined {
  const lines = [...traceback.matchAll(/^ {2}File "([^"]*)", line (\d+)/gm)].filter((match) => match[1] === file);
  const last = lines.at(-1);
  return last ? Number(last[2]) : undefined;
}

/**
 * An Error carrying a Python exception: `name` is its type (`ZeroDivisionError`), `message` its
 * text, `stack` the whole traceback. Anything that is not a Python exception passes through.
 */
export function pythonError(error: unknown): unknown {
  if (!(error instanceof Error) || error.name !== "PythonError") return error;
  const traceback = cleanTraceback(error.message);
  const last = traceback.split("\n").at(-1) ?? "";
  const colon = last.indexOf(": ");
  const result = new Error(colon > 0 ? last.slice(colon + 2) : "");
  result.name = colon > 0 ? last.slice(0, colon) : last;
  result.stack = traceback;
  return result;
}
