import { join } from "node:path";
import { generateSW } from "workbox-build";
import { pythonDirectory, serviceWorkerFile } from "../lib/site-files";

/** Everything a reader needs with no network: pages, styles, scripts, workers, wasm, fonts, examples, search. */
export const precachePatterns = [
  "**/*.{html,js,mjs,css,json,map,svg,png,ico,woff2,ttf,wasm,txt}",
  "pagefind/**/*.{pagefind,pf_meta,pf_index,pf_fragment}",
];

/**
 * Files no offline reader needs: compressed twins, crawler-only files, Pagefind's fallback for pages with no language;
 * and Pyodide (13 MB), kept offline only when a reader chooses "keep Python for offline".
 */
export const precacheIgnores = ["**/*.br", "**/*.gz", "og/**", "sitemap.xml", "pagefind/wasm.unknown.pagefind", `${pythonDirectory}/**`];

export interface ServiceWorkerReport { files: number; bytes: number; warnings: string[] }

/**
 * Writes `sw.js` into the built site: a Workbox precache of the whole course. Its URLs are
 * relative to the worker's own location, so one build works at "/" and under a sub-path alike.
 */
export async function writeServiceWorker(directory: string): Promise<ServiceWorkerReport> {
  const { count, size, warnings } = await generateSW({
    globDirectory: directory,
    globPatterns: precachePatterns,
    globIgnores: precacheIgnores,
    swDest: join(directory, serviceWorkerFile),
    // The default 2 MiB cap would silently leave out the esbuild wasm and Monaco's TypeScript worker.
    maximumFileSizeToCacheInBytes: 32 * 1024 * 1024,
    // Vite's and our snippets' names carry a content hash already: no revision query needed.
    dontCacheBustURLsMatching: /^(_astro|_snippets)\//,
    // Pagefind asks for `pagefind-entry.json?ts=…`; a static site has no query-dependent pages.
    ignoreURLParametersMatching: [/.*/],
    // The first install takes the open page at once (nothing to be inconsistent with yet), so it works offline
    // without a reload; an update waits for the reader's "Reload" (src/site/offline/register.ts sends SKIP_WAITING).
    clientsClaim: true,
    skipWaiting: false,
    cleanupOutdatedCaches: true,
    cacheId: "interleave",
    inlineWorkboxRuntime: true,
    mode: "production",
    sourcemap: false,
  });
  return { files: count, bytes: size, warnings };
}
