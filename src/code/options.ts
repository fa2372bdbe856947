import type { BuildOptions } from "esbuild-wasm";
import { OUTPUT_FILE, SNIPPET_FILE } from "./file-names.ts";
import { interleaveOnlyPlugin } from "./interleave-plugin.ts";

/** The one set of esbuild options for snippets, at build time (esbuild) and in the browser (esbuild-wasm). */
export function snippetBuildOptions(tsSource: string, facadeSource: string) {
  return {
    stdin: { contents: tsSource, loader: "ts", sourcefile: SNIPPET_FILE },
    bundle: true,
    write: false,
    outfile: OUTPUT_FILE,
    format: "esm",
    platform: "neutral",
    // es2024 keeps generators and async/await as written. Not "esnext": that would pass
    // decorators through untouched, which no browser runs yet. `using` / `await using` are
    // lowered: WebKit (Safari) has no explicit resource management; the guest provides
    // Symbol.dispose / Symbol.asyncDispose where missing (sandbox/guest/missing-features.ts).
    target: "es2024",
    supported: { using: false },
    // External: the map comes back as a file we parse, and no sourceMappingURL comment is added.
    sourcemap: "external",
    sourcesContent: true,
    // Errors come back as data; nothing is printed to the console or stderr.
    logLevel: "silent",
    plugins: [interleaveOnlyPlugin(facadeSource)],
  } satisfies BuildOptions;
}
