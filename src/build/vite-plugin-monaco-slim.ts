import type { Plugin } from "vite";

// Monaco's worker helper, reached through its TypeScript language service.
const workerHelper = /\/node_modules\/monaco-editor\/esm\/vs\/internal\/common\/workers\.js$/;
// Its bare side-effect imports: every editor contribution (diff editor, folding, sticky scroll…).
const contributionImport = /^import '\.\.\/\.\.\/(?:editor|base)\/[^']+';$/gm;

/**
 * Drops the ~70 editor contributions Monaco's worker helper imports for side effects only, so
 * the TypeScript language brings its language service and nothing else; the contributions an
 * example editor uses are imported explicitly in monaco-modules.ts. Saves ~0.5 MB of JavaScript.
 */
export function monacoWithoutUnusedFeatures(): Plugin {
  return {
    name: "interleave:monaco-without-unused-features",
    enforce: "pre",
    transform(code, id) {
      if (!workerHelper.test(id.replaceAll("\\", "/"))) return null;
      return { code: code.replace(contributionImport, ""), map: null };
    },
  };
}
