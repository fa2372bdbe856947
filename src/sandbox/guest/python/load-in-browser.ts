/**
 * Starts Pyodide inside the sandbox worker from the bytes the page transferred: its two modules
 * are imported from blob: URLs, and while it starts, `fetch` answers its requests for the wasm and
 * the standard library from those bytes (the worker has no network, and no origin to fetch from).
 */
import type { PythonFiles } from "../../protocol/messages.ts";
import { type LoadedPyodide, type PythonEngine, preparePython } from "./engine.ts";

/** A base URL nothing is ever fetched from: every request under it is answered from the bytes. */
const INDEX_URL = "https://pyodide.invalid/";
const SERVED: Record<string, string> = { "pyodide.asm.wasm": "application/wasm", "python_stdlib.zip": "application/zip" };

type LoadPyodide = (options: Record<string, unknown>) => Promise<LoadedPyodide>;

function file(files: PythonFiles, name: string): ArrayBuffer {
  const bytes = files[name];
  if (!bytes) throw new Error(`Python's file ${name} did not arrive`);
  return bytes;
}

const moduleUrl = (bytes: ArrayBuffer) => URL.createObjectURL(new Blob([bytes], { type: "text/javascript" }));

export async function loadPythonFromFiles(files: PythonFiles): Promise<PythonEngine> {
  const scope = globalThis as { fetch: typeof fetch };
  const ownFetch = scope.fetch;
  scope.fetch = async (input: RequestInfo | URL) => {
    const url = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
    const name = url.startsWith(INDEX_URL) ? url.slice(INDEX_URL.length) : "";
    const type = SERVED[name];
    if (!type) throw new TypeError(`${url} cannot be fetched: the sandbox has no network`);
    return new Response(file(files, name), { headers: { "Content-Type": type } });
  };
  try {
    const { loadPyodide } = (await import(/* @vite-ignore */ moduleUrl(file(files, "pyodide.mjs")))) as { loadPyodide: LoadPyodide };
    const { default: createPyodideModule } = (await import(/* @vite-ignore */ moduleUrl(file(files, "pyodide.asm.mjs")))) as { default: unknown };
    const pyodide = await loadPyodide({
      indexURL: INDEX_URL,
      createPyodideModule,
      lockFileContents: new TextDecoder().decode(file(files, "pyodide-lock.json")),
      packageBaseUrl: INDEX_URL,
    });
    return preparePython(pyodide);
  } finally {
    scope.fetch = ownFetch;
  }
}
