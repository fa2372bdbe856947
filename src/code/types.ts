import type { SourceMap } from "./source-map.ts";

/** A problem found while compiling, placed as a reader sees it in the TypeScript (1-based). */
export interface Diagnostic {
  message: string;
  /** 1-based line in the snippet. */
  line: number;
  /** 1-based column, in UTF-16 code units (what editors such as Monaco count). */
  column: number;
  /** How many columns the problem spans, when known. */
  length?: number;
}

/** A compiled snippet: ES module text plus the source map back to the TypeScript. */
export interface CompileSuccess {
  ok: true;
  js: string;
  map: SourceMap;
}

/** A snippet that did not compile, with every error esbuild reported. */
export interface CompileFailure {
  ok: false;
  diagnostics: Diagnostic[];
}

export type CompileResult = CompileSuccess | CompileFailure;
