import { join } from "node:path";
import { generateSW, type ManifestTransform } from "workbox-build";
import { pythonDirectory, serviceWorkerFile } from "../lib/site-files";
import { defaultLocale, localePrefix, type Locale } from "../lib/i18n/locales";
import { builtEditions, editionOwners, fromEditionFolder } from "./edition-files";

/** Everything a reader needs with no network: pages, styles, scripts, workers, wasm, fonts, examples, search. */
export const precachePatterns = [
  "**/*.{html,js,mjs,css,json,map,svg,png,ico,woff2,ttf,wasm,txt}",
  "pagefind/**/*.{pagefind,pf_meta,pf_index,pf_fragment}",
];

/**
 * Files no offline reader needs: compressed twins, crawler-only files, Pagefind's fallback for pages with no language;
 * and Pyodide (13 MB), kept offline only when a reader chooses "keep Python for offline".
 */
export const precacheIgnores = ["**/*.br", "**/*.gz", "**/og/**", "sitemap.xml", "pagefind/wasm.unknown.pagefind", `${pythonDirectory}/**`, `**/${serviceWorkerFile}`];

export interface ServiceWorkerReport { locale: Locale; files: number; bytes: number; warnings: string[] }

/**
 * Writes one service worker per edition (`sw.js`, `pt-br/sw.js`): each precaches the files every
 * edition needs plus its own pages, search index and examples, so a reader downloads the edition
 * they use, and the other only once they open it.
 */
export async function writeServiceWorkers(directory: string): Promise<ServiceWorkerReport[]> {
  const owners = await editionOwners(directory);
  const reports: ServiceWorkerReport[] = [];
  for (const locale of await builtEditions(directory)) reports.push(await writeServiceWorker(directory, locale, owners));
  return reports;
}

/** Keeps an edition's own and the shared files, named relative to the edition's folder, where its worker lives. */
const editionManifest =
  (locale: Locale, owners: Map<string, Locale>): ManifestTransform =>
  (entries) => ({
    manifest: entries.filter(({ url }) => (owners.get(url) ?? locale) === locale).map((entry) => ({ ...entry, url: fromEditionFolder(entry.url, locale) })),
    warnings: [],
  });

/**
 * Writes an edition's worker: a Workbox precache whose URLs are relative to the worker's own
 * location, so one build works at "/" and under a sub-path alike.
 */
async function writeServiceWorker(directory: string, locale: Locale, owners: Map<string, Locale>): Promise<ServiceWorkerReport> {
  const { count, size, warnings } = await generateSW({
    globDirectory: directory,
    globPatterns: precachePatterns,
    globIgnores: precacheIgnores,
    manifestTransforms: [editionManifest(locale, owners)],
    swDest: join(directory, localePrefix(locale), serviceWorkerFile),
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
    cacheId: locale === defaultLocale ? "interleave" : `interleave-${locale.toLowerCase()}`,
    inlineWorkboxRuntime: true,
    mode: "production",
    sourcemap: false,
  });
  return { locale, files: count, bytes: size, warnings };
}
