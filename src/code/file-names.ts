/** The name the snippet carries in diagnostics, the source map and stack traces. */
export const SNIPPET_FILE = "snippet.ts";
/** The output name; esbuild needs one to emit an external source map. Never written to disk. */
export const OUTPUT_FILE = "snippet.js";

