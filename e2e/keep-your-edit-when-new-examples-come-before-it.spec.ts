import { expect, test } from "@playwright/test";
import { example, outputOf } from "./support/examples";

// Lesson "Executors" gained an example before "Arguments and results are copied", which was its fifth and is now its sixth.
const edit = 'console.log("my edit of the copies example");\n';

test("a reader's edit stays with its example after new examples were inserted before it", async ({ page }) => {
  await page.goto("favicon.svg"); // a page of the site that runs no script
  await page.evaluate((code) => localStorage.setItem("interleave:code:executors/5", code), edit);
  await page.goto("lessons/executors/");

  const copies = example(page, "Arguments and results are copied");
  await expect(copies).toHaveAttribute("data-edited", "saved");
  await expect(copies.locator("[data-code-view]")).toContainText("my edit of the copies example");
  await copies.getByRole("button", { name: "Run", exact: true }).click();
  await expect(outputOf(copies)).toContainText("my edit of the copies example");

  const inserted = example(page, "A throw in the worker rejects the caller's promise");
  await expect(inserted).not.toHaveAttribute("data-edited", "saved");
  await expect(inserted.locator("[data-code-view]")).toContainText("no such country");

  await page.reload(); // the move runs once: nothing shifts again
  await expect(example(page, "Arguments and results are copied").locator("[data-code-view]")).toContainText("my edit of the copies example");
});
