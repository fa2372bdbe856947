/**
 * The tables an instrumented module comes with: where each traced function and each suspension
 * point is in the TypeScript. Trace events name them by index (`fn`, `site`).
 */
import type { SourceMap } from "../../code/source-map.ts";

/** What happens at a site: a suspension (`await`, `yield`, `yield*`, `for await`), or a block an exception may be thrown into. */
export type SiteKind = "await" | "yield" | "yield*" | "for-await" | "catch" | "finally";

/** A place in the TypeScript, 1-based; `line` is 0 when the place has no TypeScript (the bundled facade). */
export interface Site {
  kind: SiteKind;
  line: number;
  column: number;
}

export type FunctionKind = "module" | "async" | "generator" | "async-generator";

/** A traced function: the module's top level (index 0), each async function, generator and async generator. */
export interface FunctionInfo {
  name: string;
  kind: FunctionKind;
  line: number;
  column: number;
}

/** Compiled code with tracer calls added, its source map straight to the TypeScript, and its tables. */
export interface InstrumentedModule {
  js: string;
  map: SourceMap;
  sites: Site[];
  functions: FunctionInfo[];
}
