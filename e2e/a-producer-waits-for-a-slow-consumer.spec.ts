import { expect, test } from "@playwright/test";
import { example, outputOf } from "./support/examples";

test("a bounded queue makes the producer wait until the slow consumer frees a slot", async ({ page }) => {
  await page.goto("lessons/async-iteration/");
  const queue = example(page, "A bounded queue: the producer waits when it is full");
  await queue.getByRole("button", { name: "Run", exact: true }).click();
  const output = outputOf(queue);
  await expect(output).toContainText("put 3 at 0.00s");
  await expect(output).toContainText("put 4 at 1.00s", { timeout: 15_000 });
  await expect(output).toContainText("got 5 at 4.00s", { timeout: 15_000 });
});
