import { expect, test } from "@playwright/test";
import { example, outputOf } from "./support/examples";

test("a function that throws in a worker rejects the caller's await, which catches it", async ({ page }) => {
  await page.goto("lessons/executors/");
  const errors = example(page, "A throw in the worker rejects the caller's promise");
  await errors.getByRole("button", { name: "Run", exact: true }).click();
  const output = outputOf(errors);
  await expect(output).toContainText("got fr.gif", { timeout: 15_000 });
  await expect(output).toContainText("caught: no such country: XXX", { timeout: 15_000 });
});
