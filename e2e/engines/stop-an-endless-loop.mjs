// Journey: a reader runs code that never yields, presses Stop, and the page answers and says it stopped.
import { clickButton, waitFor } from "../../scripts/engines/page-actions.mjs";
import { tagExample } from "../support/promised-outputs.mjs";
import { resetCode, typeNewCode } from "./edited-code.mjs";

/** In the page: the example's run state, its closing line and whether Run is back. */
function runState(selector) {
  const figure = document.querySelector(selector);
  return {
    running: figure.hasAttribute("data-running"),
    closing: figure.querySelector(".pg-done, .pg-stopped")?.textContent ?? "",
    runLabel: figure.querySelector('[data-action="run"]')?.textContent?.trim(),
  };
}

/** In the page: resolves with how long one animation frame took to come, in ms (a frozen page never answers). */
function frameDelay() {
  const asked = performance.now();
  return new Promise((resolve) => requestAnimationFrame(() => resolve(performance.now() - asked)));
}

export default {
  name: "a reader stops an endless loop and the page stays responsive",
  async run(page, { site }) {
    await page.goto(site.url("lessons/generators/"));
    const selector = await page.evaluate(tagExample, { title: "eagerRange", as: "endless" });
    await typeNewCode(page, selector, "while (true) {}");
    await clickButton(page, "Run", { within: selector });
    await waitFor(page, (wanted) => document.querySelector(wanted)?.hasAttribute("data-running"), selector, { timeout: 30_000, what: "the loop to start" });
    const pressed = Date.now();
    await clickButton(page, "Stop", { within: selector });
    // Well before the 10 s time limit: Stop itself ended the run.
    const stopped = await waitFor(page, (wanted) => {
      const figure = document.querySelector(wanted);
      return !figure.hasAttribute("data-running") && figure.querySelector(".pg-stopped")?.textContent;
    }, selector, { timeout: 5_000, what: "the run to show it stopped" });
    if (stopped !== "stopped") throw new Error(`the run ended with "${stopped}", not "stopped"`);
    const state = await page.evaluate(runState, selector);
    if (state.runLabel !== "Run") throw new Error(`the button reads "${state.runLabel}" after Stop, not "Run"`);
    await resetCode(page, selector);
    const delay = await page.evaluate(frameDelay);
    return `stopped ${((Date.now() - pressed) / 1000).toFixed(1)} s after Stop was pressed; the next frame came in ${Math.round(delay)} ms`;
  },
};
