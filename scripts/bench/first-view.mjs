// What an article costs before anyone interacts: its JavaScript (brotli bytes, none of it Monaco or
// esbuild) and everything transferred for the first view (HTML, CSS, JS, fonts, images).
import { atMost, kb } from "./figure.mjs";
import { freshContext } from "./browser.mjs";

const heavy = /monaco|editor\.api|editor\.worker|ts\.worker|tsMode|setup\.|codicon|esbuild|\.wasm/i;

/** Loads `url` in a fresh context and lists what it fetched: { url, type, bytes } (bytes as transferred: body + headers). */
export async function firstView(browser, url) {
  const context = await freshContext(browser);
  const page = await context.newPage();
  const done = [];
  page.on("requestfinished", (request) => done.push(request));
  await page.goto(url, { waitUntil: "load" });
  // Quiet time for anything the page starts on its own after load (idle callbacks, lazy images).
  await page.waitForTimeout(2000);
  const entries = await Promise.all(
    done.map(async (request) => {
      const sizes = await request.sizes();
      return { url: request.url(), type: request.resourceType(), bytes: sizes.responseBodySize + sizes.responseHeadersSize };
    }),
  );
  await context.close();
  return entries;
}

export default {
  name: "first-view",
  async run({ browser, site, lessons, editions }) {
    const figures = [];
    for (const edition of editions) figures.push(...(await measureEdition(browser, site, lessons, edition)));
    return figures;
  },
};

/** The first-view figures of one edition's articles. */
async function measureEdition(browser, site, lessons, { name, prefix }) {
  let worstScript = { bytes: 0 };
  let worstTotal = { bytes: 0 };
  let heavyBytes = 0;
  for (const { slug } of lessons) {
    const entries = await firstView(browser, site.url(`${prefix}lessons/${slug}/`));
    const scripts = entries.filter((entry) => entry.type === "script");
    const script = scripts.reduce((sum, entry) => sum + entry.bytes, 0);
    const total = entries.reduce((sum, entry) => sum + entry.bytes, 0);
    heavyBytes = Math.max(heavyBytes, entries.filter((entry) => heavy.test(entry.url)).reduce((sum, entry) => sum + entry.bytes, 0));
    if (script > worstScript.bytes) worstScript = { bytes: script, slug };
    if (total > worstTotal.bytes) worstTotal = { bytes: total, slug };
  }
  return [
    atMost("page", `${name}: JS before interaction, article (brotli, worst lesson)`, worstScript.bytes, 30 * 1024, kb, worstScript.slug),
    atMost("page", `${name}: Monaco/esbuild bytes before interaction`, heavyBytes, 0, kb, heavyBytes ? "editor files load on first paint" : "none until Edit/Run"),
    atMost("page", `${name}: total transfer, first article view (worst lesson)`, worstTotal.bytes, 150 * 1024, kb, worstTotal.slug),
  ];
}
