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

/**
 * In the page: true once the first worker printed that it started. Only the first: on the exact
 * clock the second one's line (also at 0 s) is shown after anything the first may still print at
 * 0 s, and a worker that spins never says it is past 0 s.
 */
function firstWorkerAnnounced(selector) {
  return [...document.querySelectorAll(`${selector} .pg-text`)].some((line) => line.textContent === "worker 1 spins");
}

export default {
  name: "a reader stops an example whose workers never finish, and the workers end",
  // The issue is Firefox's nested workers. In WebKitGTK the browser never read as idle by this CPU measure.
  engines: ["firefox"],
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
    await waitFor(page, firstWorkerAnnounced, selector, { timeout: 9_000, what: "the first worker to print that it started" });
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
    return `the workers started; the browser used ${spinning.toFixed(2)} cores while they spun, ${after.cores.toFixed(2)} after Stop (${idle.cores.toFixed(2)} at rest)`;
  },
};
