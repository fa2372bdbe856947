// Check → verdict shown, warm (median of 10 presses after a first one), and the bytes of checking
// code (an exercise's checks module, the evaluator) loaded before the reader presses Check: 0.
import { atMost, failed, kb, median, ms } from "./figure.mjs";
import { freshContext } from "./browser.mjs";

/** The generators lesson's first exercise: its starter prints at once, so its paced run time is ~0. */
const lesson = "generators";
const checkingCode = /\/_snippets\/checks-|\/evaluate\.[\w-]+\.js/;

/** Bytes of checking code the page has fetched so far. */
const checkingBytes = (page) =>
  page.evaluate((pattern) => {
    const matcher = new RegExp(pattern);
    return performance.getEntriesByType("resource").filter((entry) => matcher.test(entry.name)).reduce((sum, entry) => sum + (entry.encodedBodySize || entry.transferSize || 1), 0);
  }, checkingCode.source);

/** Presses Check and resolves with press → verdicts shown, measured in the page. */
async function timeCheck(page) {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const section = document.querySelector("[data-exercise]");
        const verdicts = section.querySelector("[data-verdicts]");
        const pressed = performance.now();
        const observer = new MutationObserver(() => {
          if (!verdicts.querySelector(".ex-verdict-list")) return;
          observer.disconnect();
          resolve({ total: performance.now() - pressed, judging: Number(section.dataset.checkMs ?? 0) });
        });
        observer.observe(verdicts, { childList: true });
        setTimeout(() => reject(new Error("no verdict within 30 s")), 30_000);
        section.querySelector('[data-exercise-action="check"]').click();
      }),
  );
}

export default {
  name: "check",
  async run({ browser, site }) {
    const context = await freshContext(browser);
    try {
      const page = await context.newPage();
      await page.goto(site.url(`lessons/${lesson}/`), { waitUntil: "load" });
      await page.locator("[data-exercise]").first().scrollIntoViewIfNeeded();
      const before = await checkingBytes(page);
      await timeCheck(page); // cold: loads the sandbox, the checks and the evaluator
      const warm = [];
      const judging = [];
      for (let i = 0; i < 10; i++) {
        // A reader reads the verdicts before pressing again: the page's next sandbox gets ready meanwhile.
        await page.evaluate(() => new Promise((resolve) => setTimeout(() => requestIdleCallback(resolve), 500)));
        const { total, judging: judged } = await timeCheck(page);
        warm.push(total);
        judging.push(judged);
      }
      const after = await checkingBytes(page);
      return [
        atMost("practice", "checking code loaded before Check", before, 0, kb, `after Check: ${kb(after)}`),
        atMost("practice", "Check → verdict shown, warm (median of 10; the run paces ~0 ms)", median(warm), 100, ms, `fastest ${ms(Math.min(...warm))}, slowest ${ms(Math.max(...warm))}; judging the run: ${ms(median(judging))}`),
      ];
    } catch (error) {
      return [failed("practice", "Check → verdict shown", "≤ 100 ms", error)];
    } finally {
      await context.close();
    }
  },
};
