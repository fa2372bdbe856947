// Journey: a reader runs code that starts workers which never finish, presses Stop, and the
// workers end too (measured as the browser's CPU use: no page can see a nested worker).
import { clickButton, waitFor } from "../../scripts/engines/page-actions.mjs";
import { coresBusy } from "../../scripts/engines/cpu.mjs";
import { waitUntil } from "../../scripts/engines/wait.mjs";
import { tagExample } from "../support/promised-outputs.mjs";
import { resetCode, typeNewCode } from "./edited-code.mjs";

const twoSpinningWorkers = `import { runInWorker } from "interleave"; await Promise.all([1, 2].map(() => runInWorker(() => { for (;;) {} })))`;

export default {
  name: "a reader stops an example whose workers never finish, and the workers end",
  async run(page, { site }) {
    await page.goto(site.url("lessons/executors/"));
    const selector = await page.evaluate(tagExample, { title: "Four jobs: on the loop, then in four workers", as: "workers" });
    if (!selector) throw new Error("no example titled \"Four jobs: on the loop, then in four workers\"");
    await typeNewCode(page, selector, twoSpinningWorkers);
    await waitUntil(async () => (await coresBusy(page.processId)) < 0.4, { timeout: 20_000, what: "the browser to be idle before Run" });
    await clickButton(page, "Run", { within: selector });
    // Two spinning workers: well over half a core even on a machine shared with others.
    const spinning = await waitUntil(async () => {
      const cores = await coresBusy(page.processId);
      return cores > 0.7 && cores;
    }, { timeout: 20_000, what: "the two workers to spin" });
    await clickButton(page, "Stop", { within: selector });
    await waitFor(page, (wanted) => document.querySelector(`${wanted} .pg-stopped`)?.textContent === "stopped", selector, { timeout: 5_000, what: "the run to show it stopped" });
    const after = await waitUntil(async () => {
      const cores = await coresBusy(page.processId);
      return cores < 0.3 && { cores };
    }, { timeout: 10_000, what: "the workers to end after Stop" });
    await resetCode(page, selector);
    return `workers used ${spinning.toFixed(1)} cores; ${after.cores.toFixed(2)} after Stop`;
  },
};
