import type { BuildOptions, BuildResult } from "esbuild-wasm";
import { isBuildFailure, toDiagnostic } from "./diagnostics.ts";
import { snippetBuildOptions } from "./options.ts";
import { parseSourceMap } from "./source-map.ts";
import type { CompileResult } from "./types.ts";

/** The part of esbuild's API we use; `esbuild` in Node and `esbuild-wasm` in the browser both fit. */
export interface EsbuildApi {
  build(options: BuildOptions): Promise<BuildResult>;
}

/** Compiles one TypeScript snippet to an ES module and its source map, or to diagnostics. */
export async function compileSnippet(
  esbuild: EsbuildApi,
  tsSource: string,
  facadeSource: string,
): Promise<CompileResult> {
  let result: BuildResult;
  try {
    result = await esbuild.build(snippetBuildOptions(tsSource, facadeSource));
  } catch (error) {
    if (isBuildFailure(error) && error.errors.length > 0) {
      return { ok: false, diagnostics: error.errors.map(toDiagnostic) };
    }
    throw error;
  }
  const files = result.outputFiles ?? [];
  const js = files.find((file) => file.path.endsWith(".js"));
  const map = files.find((file) => file.path.endsWith(".js.map"));
  if (!js || !map) throw new Error("esbuild returned no module or no source map");
  return { ok: true, js: js.text, map: parseSourceMap(map.text) };
}
