// Run → first output line: cold (a fresh page, nothing loaded yet) and warm (median of 20 more runs).
import { atMost, failed, median, ms } from "./figure.mjs";
import { freshContext } from "./browser.mjs";
import { benchLesson, installRunClock, timeRun } from "./examples.mjs";

export default {
  name: "run-latency",
  async run({ browser, site, editions }) {
    const figures = [];
    for (const edition of editions) figures.push(...(await measureEdition(browser, site, edition)));
    return figures;
  },
};

/** Run → first output line on one edition's copy of the bench lesson. */
async function measureEdition(browser, site, { name, prefix }) {
  const context = await freshContext(browser);
  try {
    const page = await context.newPage();
    await page.goto(site.url(`${prefix}lessons/${benchLesson}/`), { waitUntil: "load" });
    await installRunClock(page);
    const cold = await timeRun(page);
    const warm = [];
    for (let i = 0; i < 20; i++) warm.push(await timeRun(page));
    return [
      atMost("run", `${name}: Run → first output line, cold page`, cold, 1500, ms),
      atMost("run", `${name}: Run → first output line, warm (median of 20)`, median(warm), 30, ms, `fastest ${ms(Math.min(...warm))}, slowest ${ms(Math.max(...warm))}`),
    ];
  } catch (error) {
    return [failed("run", `${name}: Run → first output line`, "≤ 1500 ms / ≤ 30 ms", error)];
  } finally {
    await context.close();
  }
}
