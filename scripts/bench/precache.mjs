// Each edition's offline precache as its service worker downloads it (brotli over the wire), after one visit.
import { atMost, failed, mb } from "./figure.mjs";
import { freshContext } from "./browser.mjs";

export default {
  name: "precache",
  async run({ browser, site, editions }) {
    const figures = [];
    for (const edition of editions) figures.push(await measureEdition(browser, site, edition));
    return figures;
  },
};

/** One edition's precache, from a first visit to its home page: it holds that edition only. */
async function measureEdition(browser, site, { name, prefix }) {
  const figure = `${name}: whole precache transferred (brotli)`;
  const context = await freshContext(browser, { serviceWorkers: "allow" });
  try {
    const page = await context.newPage();
    await page.goto(site.url(prefix), { waitUntil: "load" });
    const first = site.sent.length;
    await page.locator('[data-offline-status][data-state="ready"]').first().waitFor({ timeout: 120_000 });
    // Bytes the server sent from the home page's load event until the worker was ready: the precache downloads.
    const after = site.sent.slice(first);
    const bytes = after.reduce((sum, entry) => sum + entry.bytes, 0);
    const files = new Set(after.map((entry) => entry.path)).size;
    return atMost("offline", figure, bytes, 6 * 1024 * 1024, mb, `${files} files`);
  } catch (error) {
    return failed("offline", figure, "≤ 6.00 MB", error);
  } finally {
    await context.close();
  }
}
