// Journey: a reader traces an example and steps through the pauses and resumes it recorded.
import { clickButton, waitFor } from "../../scripts/engines/page-actions.mjs";
import { tagExample } from "../support/promised-outputs.mjs";

/** In the page: the trace panel's notice and current sentence, once it has recorded steps. */
function traceState(selector) {
  const panel = document.querySelector(`${selector} [data-trace-panel]`);
  const notice = panel && !panel.hidden ? (panel.textContent ?? "") : "";
  const steps = Number(/(\d+) steps recorded/.exec(notice)?.[1] ?? 0);
  const now = panel?.querySelector("[aria-live]")?.textContent?.trim() ?? "";
  // The sentence for the first step may come a frame after the count.
  return steps > 0 && now && !now.startsWith("Waiting") && { steps, now };
}

export default {
  name: "a reader traces an example and steps through its events",
  async run(page, { site }) {
    await page.goto(site.url("lessons/sending-values/"));
    const example = await page.evaluate(tagExample, { title: "jumpingRange", as: "traced" });
    await clickButton(page, "Trace", { within: example });
    // The tracer (parser and instrumenter) loads on this first Trace: slow on a cold, busy engine.
    const recorded = await waitFor(page, traceState, example, { timeout: 60_000, what: "the trace to record steps" });
    if (recorded.now !== "the top level starts") throw new Error(`the trace opens on "${recorded.now}", not "the top level starts"`);
    await clickButton(page, "Forward one step", { within: example });
    const stepped = await waitFor(page, (selector) => {
      const now = document.querySelector(`${selector} [data-trace-panel] [aria-live]`)?.textContent?.trim();
      return now && now !== "the top level starts" && now;
    }, example, { what: "the trace to move one step" });
    return `${recorded.steps} steps recorded; one step forward reads "${stepped}"`;
  },
};
