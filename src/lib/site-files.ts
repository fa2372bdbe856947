/** Files the build writes into the site outside Vite's graph, and the browser code that loads them, share these names. */

/** The service worker, at the site's base (written by src/build/service-worker.ts). */
export const serviceWorkerFile = "sw.js";

/** The Pagefind search bundle's folder, at the site's base (written by src/build/search-index.ts). */
export const searchDirectory = "pagefind";
