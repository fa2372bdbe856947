import { parseSourceMap, type SourceMap } from "../code/source-map";
import type { Diagnostic } from "../code/types";

/** Compiled code ready to run, and its source map for when an error needs mapping. */
export interface RunSource {
  /** The code to run: compiled JavaScript, or (with `language: "python"`) Python source. */
  js: string;
  language?: "python";
  /** Python run first in the same namespace (the lesson's earlier fence). */
  setup?: string;
  /** Python run after it (a stand-in's driver). */
  epilogue?: string;
  sourceMap(): Promise<SourceMap | undefined>;
}

/** One fetch per URL per page, forgotten on failure so a retry can succeed. */
function cachedFetch<T>(cache: Map<string, Promise<T>>, url: string, read: (response: Response) => Promise<T>): Promise<T> {
  let pending = cache.get(url);
  if (!pending) {
    pending = fetch(url).then((response) => {
      if (!response.ok) throw new Error(`Could not load ${url} (${response.status})`);
      return read(response);
    });
    pending.catch(() => cache.delete(url));
    cache.set(url, pending);
  }
  return pending;
}

const modules = new Map<string, Promise<string>>();
const maps = new Map<string, Promise<SourceMap>>();

/** The module compiled at build time for the lesson's own code: Run needs no compiler. */
export async function loadShipped(moduleUrl: string): Promise<RunSource> {
  const js = await cachedFetch(modules, moduleUrl, (response) => response.text());
  const mapUrl = `${moduleUrl}.map`;
  return {
    js,
    sourceMap: () => cachedFetch(maps, mapUrl, async (response) => parseSourceMap(await response.text())).catch(() => undefined),
  };
}

/** Compiles a reader's edited code in the browser: a runnable source, or its syntax errors. */
export async function compileEdited(code: string): Promise<RunSource | { diagnostics: Diagnostic[] }> {
  const { compileInBrowser } = await import("./compiler/client");
  const result = await compileInBrowser(code);
  if (!result.ok) return { diagnostics: result.diagnostics };
  return { js: result.js, sourceMap: async () => result.map };
}

/** A seed's Python original, run as written: nothing to compile, and tracebacks need no map. */
export function pythonSource(code: string, setup?: string, epilogue?: string): RunSource {
  return { js: code, language: "python", ...(setup ? { setup } : {}), ...(epilogue ? { epilogue } : {}), sourceMap: async () => undefined };
}
