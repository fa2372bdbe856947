import type { Plugin } from "esbuild-wasm";

/** The one module a snippet may import. */
export const ALLOWED_MODULE = "interleave";

const FACADE_NAMESPACE = "interleave-facade";

/** The message a reader sees for any other import; esbuild adds the import's location. */
export function forbiddenImportMessage(specifier: string): string {
  return `Cannot import "${specifier}": snippets may import only "${ALLOWED_MODULE}".`;
}

/** Resolves exactly `interleave` to the facade source and refuses every other import. */
export function interleaveOnlyPlugin(facadeSource: string): Plugin {
  return {
    name: "interleave-only",
    setup(build) {
      build.onResolve({ filter: /.*/ }, ({ path }) =>
        path === ALLOWED_MODULE
          ? { path, namespace: FACADE_NAMESPACE }
          : { errors: [{ text: forbiddenImportMessage(path) }] },
      );
      // "ts" also accepts plain JavaScript, so the facade may be written either way.
      build.onLoad({ filter: /.*/, namespace: FACADE_NAMESPACE }, () => ({ contents: facadeSource, loader: "ts" }));
    },
  };
}
