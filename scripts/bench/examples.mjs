// Helpers shared by the runnable-code figures: find an example, press its buttons, time what the page shows.

/** The example the e2e journeys use: the generators lesson's first (prints at once, no sleeps). */
export const benchLesson = "generators";

/** Installs, in the page, a recorder that stamps each press of `[data-action]` and the first output line after it. */
export async function installRunClock(page) {
  await page.evaluate(() => {
    const figure = document.querySelector("[data-playground]");
    const clock = (window.__runClock = { pressed: 0, firstLine: 0 });
    figure.addEventListener("click", (event) => {
      if (event.target.closest?.('[data-action="run"]')) Object.assign(clock, { pressed: performance.now(), firstLine: 0 });
    }, true);
    // A line this run added, not one the previous run left on screen until the new run cleared it.
    const isLine = (node) => node.nodeType === 1 && (node.matches(".pg-lines > li") || node.querySelector(".pg-lines > li"));
    new MutationObserver((mutations) => {
      if (clock.firstLine || !clock.pressed) return;
      if (mutations.some((mutation) => [...mutation.addedNodes].some(isLine))) clock.firstLine = performance.now();
    }).observe(figure, { childList: true, subtree: true });
  });
}

/** Presses Run on the first example and resolves with press → first output line, in ms (measured in the page; any edition). */
export async function timeRun(page) {
  const figure = page.locator("[data-playground]").first();
  await figure.locator('[data-action="run"]').click();
  await page.waitForFunction(() => window.__runClock.firstLine > 0, null, { timeout: 30_000, polling: "raf" });
  await page.waitForFunction(() => !document.querySelector("[data-playground]").hasAttribute("data-running"), null, { timeout: 30_000 });
  return page.evaluate(() => window.__runClock.firstLine - window.__runClock.pressed);
}
