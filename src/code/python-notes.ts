/**
 * What a reader should know before running a seed's Python in the browser, found in its code:
 * what cannot work here (threads, processes, Python 2), and which stand-ins play a part.
 * The page shows these beside the code, so nothing is hidden.
 */
const notes: { pattern: RegExp; note: string }[] = [
  {
    pattern: /run_in_executor|\bthreading\b|\bmultiprocessing\b|ThreadPoolExecutor|ProcessPoolExecutor/,
    note:
      "In the browser, Python has no threads or processes. Pyodide's run_in_executor calls the function at once, in the event loop's own thread, so it blocks the loop exactly like the plain call. The TypeScript port uses a Worker: a real second thread.",
  },
  {
    pattern: /@asyncio\.coroutine/,
    note: "@asyncio.coroutine was removed in Python 3.11. This page runs CPython 3.14, where a stand-in (types.coroutine, which the decorator became) plays its part.",
  },
  {
    pattern: /(\w+)\s*=\s*\[\s*\w+\([^)]*\)\s+for\b[^\]]*\][\s\S]*asyncio\.wait\(\s*\1\s*\)/,
    note: "Since Python 3.11, asyncio.wait refuses bare coroutines (wrap each in a task). If this code hands it coroutines, Run Python shows the error it meets today.",
  },
  {
    pattern: /\baiohttp\b|\brequests\.get\b/,
    note: "The sandbox has no network: aiohttp and requests are stand-ins that fetch from the course's simulated network, with the same seeded latencies as the TypeScript runtime's download().",
  },
  {
    pattern: /\bstart_server\b|\bcreate_server\b/,
    note: "A server listens on a network socket, and the browser's sandbox has none: this one is shown as text, not run.",
  },
  {
    pattern: /\baiopg\b/,
    note: "aiopg talks to a PostgreSQL server, which the browser doesn't have: shown as text, not run.",
  },
  {
    pattern: /^\s*print\s+['"]|\burllib2\b|\.next\(\)/m,
    note: "Python 2, as the speaker wrote it: it does not run on Python 3, so there is no Run Python here.",
  },
];

/** The notes that apply to `code`, in a fixed order. */
export function pythonNotes(code: string): string[] {
  return notes.filter(({ pattern }) => pattern.test(code)).map(({ note }) => note);
}
