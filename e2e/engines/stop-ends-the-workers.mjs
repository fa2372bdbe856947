// Journey: a reader runs code whose workers announce themselves and then never finish, presses
// Stop, and the workers end too. No page can see a nested worker, so the journey reads the
// browser's CPU use; thresholds are relative, so a machine shared with others still tells.
import { clickButton, waitFor } from "../../scripts/engines/page-actions.mjs";
import { coresBusy } from "../../scripts/engines/cpu.mjs";
import { waitUntil } from "../../scripts/engines/wait.mjs";
import { tagExample } from "../support/promised-outputs.mjs";
import { resetCode, typeNewCode } from "./edited-code.mjs";

const title = "Four jobs: on the loop, then in four workers";
const twoSpinningWorkers = `import { runInWorker } from "interleave"; await Promise.all([1, 2].map((n) => runInWorker((id) => { console.log("worker", id, "spins"); for (;;) {} }, n)))`;

/** In the page: true once both workers printed that they started. */
function bothWorkersAnnounced(selector) {
  return [...document.querySelectorAll(`${selector} .pg-text`)].filter((line) => /^worker \d spins$/.test(line.textContent ?? "")).length === 2;
}

export default {
  name: "a reader stops an example whose workers never finish, and the workers end",
  async run(page, { site }) {
    await page.goto(site.url("lessons/executors/"));
    const selector = await page.evaluate(tagExample, { title, as: "workers" });
    if (!selector) throw new Error(`no example titled "${title}"`);
    await typeNewCode(page, selector, twoSpinningWorkers);
    // The editor's type checking settles first: what is left is the browser at rest.
    const idle = await waitUntil(async () => {
      const cores = await coresBusy(page.processId);
      return cores < 0.2 && { cores };
    }, { timeout: 30_000, what: "the browser to be idle before Run" });
    await clickButton(page, "Run", { within: selector });
    await waitFor(page, bothWorkersAnnounced, selector, { timeout: 9_000, what: "both workers to print that they started" });
    // One measurement, then Stop: the page's 10 s time limit must not end the run first.
    const spinning = await coresBusy(page.processId);
    await clickButton(page, "Stop", { within: selector });
    await waitFor(page, (wanted) => document.querySelector(`${wanted} .pg-stopped`)?.textContent, selector, { timeout: 10_000, what: "the run to show it stopped" }).then((closing) => {
      if (closing !== "stopped") throw new Error(`the run ended with "${closing}", not by Stop`);
    });
    // Two spinning threads add at least a fifth of a core, even on a crowded machine.
    const excess = spinning - idle.cores;
    if (excess < 0.2) throw new Error(`the spinning workers added only ${excess.toFixed(2)} cores (${idle.cores.toFixed(2)} at rest)`);
    const after = await waitUntil(async () => {
      const cores = await coresBusy(page.processId);
      return cores < idle.cores + excess / 3 && { cores };
    }, { timeout: 15_000, what: "the browser's CPU use to fall back after Stop (the workers still spin)" });
    await resetCode(page, selector);
    return `both workers started; the browser used ${spinning.toFixed(2)} cores while they spun, ${after.cores.toFixed(2)} after Stop (${idle.cores.toFixed(2)} at rest)`;
  },
};
