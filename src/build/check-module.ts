/**
 * Compiles an exercise's ```ts check fence into a self-contained ES module whose default export is
 * the list of checks it declares (the checks API from src/practice/checks/api.ts bundled in). The
 * site ships it beside the compiled examples; the page imports it only when a reader presses Check.
 */
import * as esbuild from "esbuild";
import { fileURLToPath } from "node:url";
import { shortHash } from "../code/content-hash";

/** The specifier check fences import the API from. */
export const checksSpecifier = "interleave/check";

const apiPath = fileURLToPath(new URL("../practice/checks/api.ts", import.meta.url));

const entry = `import { declared } from "${checksSpecifier}";\nimport "exercise:checks";\nexport default declared;\n`;

export interface CompiledChecks {
  js: string;
  hash: string;
}

const compiled = new Map<string, Promise<CompiledChecks>>();

/** The checks module for `source` (cached by content); throws with esbuild's message when it does not compile. */
export function compileChecks(source: string): Promise<CompiledChecks> {
  let result = compiled.get(source);
  if (!result) {
    result = build(source);
    result.catch(() => compiled.delete(source));
    compiled.set(source, result);
  }
  return result;
}

async function build(source: string): Promise<CompiledChecks> {
  const output = await esbuild.build({
    stdin: { contents: entry, loader: "js", resolveDir: "/" },
    bundle: true,
    format: "esm",
    target: "es2022",
    write: false,
    minify: true,
    logLevel: "silent",
    plugins: [
      {
        name: "exercise-checks",
        setup(build) {
          build.onResolve({ filter: /^interleave\/check$/ }, () => ({ path: apiPath }));
          build.onResolve({ filter: /^exercise:checks$/ }, () => ({ path: "checks.ts", namespace: "exercise" }));
          build.onResolve({ filter: /.*/, namespace: "exercise" }, (args) => ({ errors: [{ text: `checks may import only "${checksSpecifier}", not "${args.path}"` }] }));
          build.onLoad({ filter: /.*/, namespace: "exercise" }, () => ({ contents: source, loader: "ts" }));
        },
      },
    ],
  });
  const js = output.outputFiles[0]?.text ?? "";
  return { js, hash: `checks-${await shortHash(js)}` };
}
