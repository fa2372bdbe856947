/** Test helper: compiles a snippet with the real facade, as the site's compiler does (minus source maps). */
import { build } from "esbuild";
import { facadeSource } from "../../src/runtime/facade.ts";

export async function bundleSnippet(source: string): Promise<string> {
  const result = await build({
    stdin: { contents: source, loader: "ts", sourcefile: "snippet.ts" },
    bundle: true,
    write: false,
    format: "esm",
    platform: "neutral",
    target: "es2024",
    logLevel: "silent",
    plugins: [
      {
        name: "interleave",
        setup(b) {
          b.onResolve({ filter: /^interleave$/ }, () => ({ path: "interleave", namespace: "interleave" }));
          b.onLoad({ filter: /.*/, namespace: "interleave" }, () => ({ contents: facadeSource(), loader: "js" }));
        },
      },
    ],
  });
  const file = result.outputFiles[0];
  if (!file) throw new Error("esbuild produced no output");
  return file.text;
}
