import { API_NAMES, RUNTIME_EXPRESSION } from "./names.ts";

/**
 * Source of the virtual `interleave` ES module bundled into every snippet: a thin facade over the
 * runtime the guest installs before importing the snippet, so compiled snippets stay tiny.
 */
export function facadeSource(): string {
  return [
    `const runtime = ${RUNTIME_EXPRESSION};`,
    `if (!runtime) throw new Error("The interleave runtime is not installed in this environment.");`,
    `export const { ${API_NAMES.join(", ")} } = runtime;`,
    "",
  ].join("\n");
}
