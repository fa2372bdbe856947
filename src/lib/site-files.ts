/** Files the build writes into the site outside Vite's graph, and the browser code that loads them, share these names. */

/** The service worker, at the site's base (written by src/build/service-worker.ts). */
export const serviceWorkerFile = "sw.js";

/** The Pagefind search bundle's folder, at the site's base (written by src/build/search-index.ts). */
export const searchDirectory = "pagefind";

/** Pyodide's version: its files live in a folder named after it, so they never change in place. */
export const pyodideVersion = "314.0.8";

/** Pyodide's files, at the site's base (copied from the `pyodide` package by src/build/python-assets.ts). */
export const pythonDirectory = `_python/${pyodideVersion}`;

/** What a Python sandbox needs, by name (the lock file is trimmed to its header: no packages are loaded). */
export const pythonFiles = ["pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", "python_stdlib.zip", "pyodide-lock.json"] as const;
export type PythonFileName = (typeof pythonFiles)[number];

/** The Cache Storage cache holding Pyodide once a reader chooses "keep Python for offline". */
export const pythonCacheName = `interleave-python-${pyodideVersion}`;
