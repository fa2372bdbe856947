// The whole offline precache as the service worker downloads it (brotli over the wire), after one visit.
import { atMost, failed, mb } from "./figure.mjs";
import { freshContext } from "./browser.mjs";

export default {
  name: "precache",
  async run({ browser, site }) {
    const context = await freshContext(browser, { serviceWorkers: "allow" });
    try {
      const page = await context.newPage();
      await page.goto(site.url(""), { waitUntil: "load" });
      const first = site.sent.length;
      await page.locator("[data-offline-status]").first().filter({ hasText: "Ready offline" }).waitFor({ timeout: 120_000 });
      // Bytes the server sent from the home page's load event until the worker was ready: the precache downloads.
      const after = site.sent.slice(first);
      const bytes = after.reduce((sum, entry) => sum + entry.bytes, 0);
      const files = new Set(after.map((entry) => entry.path)).size;
      return [atMost("offline", "whole precache transferred (brotli)", bytes, 6 * 1024 * 1024, mb, `${files} files`)];
    } catch (error) {
      return [failed("offline", "whole precache transferred (brotli)", "≤ 6.00 MB", error)];
    } finally {
      await context.close();
    }
  },
};
