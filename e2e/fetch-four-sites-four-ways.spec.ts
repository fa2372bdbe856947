import { expect, test } from "@playwright/test";
import { example, outputOf } from "./support/examples";

const ways = [
  { title: "One worker per site, each blocking its own thread", last: "done in 0.40s" },
  { title: "Deferreds are promises; DeferredList is allSettled", last: "fulfilled fulfilled fulfilled fulfilled at 0.40s" },
  { title: "spawn and joinall, with visible pauses", last: "done in 0.40s" },
];

for (const { title, last } of ways) {
  test(`the four sites arrive fastest first, all in 0.40 s: ${title}`, async ({ page }) => {
    await page.goto("lessons/many-downloads/");
    const way = example(page, title);
    await way.getByRole("button", { name: "Run", exact: true }).click();
    const output = outputOf(way);
    await expect(output).toContainText(last, { timeout: 15_000 });
    await expect(output).toContainText(/google\.com\/ OK[\s\S]*facebook\.com\/ OK[\s\S]*yahoo\.com\/ OK[\s\S]*twitter\.com\/ OK/);
  });
}
