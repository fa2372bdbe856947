/** The name the snippet carries in diagnostics, the source map and stack traces. */
export const SNIPPET_FILE = "snippet.ts";
/** The output name; esbuild needs one to emit an external source map. Never written to disk. */
export const OUTPUT_FILE = "snippet.js";

/** Where the site ships a build-time compiled snippet and its source map, by content hash. */
export function snippetAssetPaths(hash: string): { js: string; map: string } {
  return { js: `snippets/${hash}.js`, map: `snippets/${hash}.map.json` };
}
