import * as esbuild from "esbuild";
import { facadeSource } from "../runtime/facade.ts";
import { compileSnippet } from "./compile.ts";
import { shortHash } from "./content-hash.ts";
import type { CompileResult } from "./types.ts";

/** A build-time compile, named by a short hash of everything that shapes its output. */
export type BuildTimeCompileResult = CompileResult & { hash: string };

// One compile per distinct snippet per process: article and deck pages share the same examples.
const compiledByHash = new Map<string, Promise<BuildTimeCompileResult>>();

/**
 * Compiles a lesson's ```ts run snippet with Node esbuild, cached by content. The site ships
 * the result as `_snippets/<hash>.js` (src/build/snippet-assets.ts), so an unedited Run needs no compiler.
 */
export async function compileForBuild(tsSource: string): Promise<BuildTimeCompileResult> {
  const facade = facadeSource();
  // The esbuild version and facade are in the hash: either changing changes the shipped module.
  const hash = await shortHash(`${esbuild.version}\0${facade}\0${tsSource}`);
  let compiled = compiledByHash.get(hash);
  if (!compiled) {
    compiled = compileSnippet(esbuild, tsSource, facade).then((result) => ({ ...result, hash }));
    // A crash (not a diagnostic) is not cached, so the next call tries again.
    compiled.catch(() => compiledByHash.delete(hash));
    compiledByHash.set(hash, compiled);
  }
  return compiled;
}
