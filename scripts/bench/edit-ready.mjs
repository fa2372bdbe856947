// Edit → the editor accepts typing: from the press to a typed character on screen, on a fresh page
// (the budget), then on a second page (HTTP cache) and for a returning reader (service worker installed).
import { atMost, failed, median, ms } from "./figure.mjs";
import { freshContext } from "./browser.mjs";
import { benchLesson } from "./examples.mjs";

/** On a new page, presses Edit on the first example, types `mark` (new to the page: edits persist), returns press → on screen, ms. */
async function timeEdit(context, site, mark) {
  const page = await context.newPage();
  await page.goto(site.url(`lessons/${benchLesson}/`), { waitUntil: "load" });
  await page.evaluate((mark) => {
    const figure = document.querySelector("[data-playground]");
    const clock = (window.__editClock = { pressed: 0, typed: 0 });
    figure.addEventListener("click", (event) => {
      if (event.target.closest?.('[data-action="edit"]')) clock.pressed = performance.now();
    }, true);
    new MutationObserver(() => {
      if (!clock.typed && figure.querySelector(".view-lines")?.textContent?.includes(mark)) clock.typed = performance.now();
    }).observe(figure, { childList: true, subtree: true, characterData: true });
  }, mark);
  await page.locator("[data-playground]").first().getByRole("button", { name: "Edit", exact: true }).click();
  await page.waitForFunction(() => document.activeElement?.closest(".monaco-editor"), null, { timeout: 30_000, polling: "raf" });
  await page.keyboard.insertText(mark);
  await page.waitForFunction(() => window.__editClock.typed > 0, null, { timeout: 30_000, polling: "raf" });
  const elapsed = await page.evaluate(() => window.__editClock.typed - window.__editClock.pressed);
  await page.close();
  return elapsed;
}

/** A returning reader: once the service worker has precached the site, Chromium keeps compiled code for its scripts. */
async function timeEditWithServiceWorker(browser, site) {
  const context = await freshContext(browser, { serviceWorkers: "allow" });
  try {
    const page = await context.newPage();
    await page.goto(site.url(`lessons/${benchLesson}/`), { waitUntil: "load" });
    // Active means installed: every precached file is in the cache.
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await page.close();
    return await timeEdit(context, site, "†");
  } finally {
    await context.close();
  }
}

/** Cold presses measured, each in a fresh context: one press swings by ±100 ms on a 2-core machine. */
const coldPresses = 5;

/** A first visit: Edit pressed on a page whose context has nothing cached. */
async function timeColdEdit(browser, site) {
  const context = await freshContext(browser);
  try {
    return await timeEdit(context, site, "§");
  } finally {
    await context.close();
  }
}

export default {
  name: "edit-ready",
  async run({ browser, site }) {
    const context = await freshContext(browser);
    try {
      const cold = [];
      for (let i = 0; i < coldPresses; i++) cold.push(await timeColdEdit(browser, site));
      await timeEdit(context, site, "§");
      // The same on a later visit, with the editor's files in the HTTP cache (as after one visit).
      const cached = await timeEdit(context, site, "¶");
      const installed = await timeEditWithServiceWorker(browser, site).then(ms, (error) => `not measured (${String(error?.message ?? error).split("\n")[0]})`);
      const range = `${ms(Math.min(...cold))}–${ms(Math.max(...cold))}`;
      return [atMost("run", "Edit → editor accepts typing", median(cold), 800, ms, `press → typed character on screen, cold cache, median of ${coldPresses} (${range}); second page with the files in the HTTP cache: ${ms(cached)}; with the service worker installed: ${installed}`)];
    } catch (error) {
      return [failed("run", "Edit → editor accepts typing", "≤ 800 ms", error)];
    } finally {
      await context.close();
    }
  },
};
