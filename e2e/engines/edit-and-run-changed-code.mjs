// Journey: a reader edits an example, types new code, runs it, and sees what the new code prints.
import { clickButton } from "../../scripts/engines/page-actions.mjs";
import { waitUntil } from "../../scripts/engines/wait.mjs";
import { tagExample, unitOutcome } from "../support/promised-outputs.mjs";
import { resetCode, typeNewCode } from "./edited-code.mjs";

const typed = `const answer: number = 6 * 7; console.log("typed:", answer)`;

export default {
  name: "a reader edits an example and runs the changed code",
  async run(page, { site }) {
    await page.goto(site.url("lessons/generators/"));
    const selector = await page.evaluate(tagExample, { title: "eagerRange", as: "edited" });
    await typeNewCode(page, selector, typed);
    await clickButton(page, "Run", { within: selector });
    // The edited code is compiled in the page (esbuild-wasm), cold on first use.
    const { sides: [side] } = await waitUntil(async () => {
      const state = await page.evaluate(unitOutcome, { unit: "edited" });
      return state.finished && state;
    }, { timeout: 60_000, what: "the edited example to finish" });
    await resetCode(page, selector);
    if (side.printed !== "typed: 42") throw new Error(`printed ${JSON.stringify(side.printed)}, not "typed: 42" (${side.closing})`);
    return `printed "typed: 42" (${side.closing})`;
  },
};
