import { expect, test } from "@playwright/test";
import { keepCoresBusy } from "./support/busy-cores";
import { lessonFiles } from "./support/lessons";
import { firstDifference, tagRunnables, unitOutcome } from "./support/promised-outputs.mjs";

// Runs alone, after the other journeys (its own project in playwright.config.ts): it takes the machine's cores.
// One lesson after another in one worker; a lesson that fails does not skip the next.
test.describe.configure({ mode: "default" });

let stopSpinning = () => {};
test.beforeAll(() => {
  // Two spinning processes: on the 2-core CI machine, every core is contended for the whole journey.
  stopSpinning = keepCoresBusy(2);
});
test.afterAll(() => stopSpinning());

for (const lesson of lessonFiles()) {
  test(`while the machine is busy, every example of "${lesson.title}" prints exactly its promised output`, async ({ page }) => {
    test.setTimeout(10 * 60_000);
    await page.goto(`lessons/${lesson.slug}/`);
    const units = (await page.evaluate(tagRunnables)).filter((unit) => unit.promised);
    for (const unit of units) {
      const root = page.locator(unit.selector);
      await root.getByRole("button", { name: unit.button, exact: true }).first().click();
      // The page's own time limit ends every run; past it (plus a cold sandbox) the page is stuck.
      await expect.poll(async () => (await page.evaluate(unitOutcome, { unit: unit.unit })).finished, { timeout: unit.limit + 20_000, message: `${unit.name} finishes` }).toBe(true);
      for (const side of (await page.evaluate(unitOutcome, { unit: unit.unit })).sides) {
        if (side.expected === undefined) continue;
        expect.soft(side.printed, `${side.id} ${side.title}: ${firstDifference(side)}`).toBe(side.expected);
      }
    }
  });
}
