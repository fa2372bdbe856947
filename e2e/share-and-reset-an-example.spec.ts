import { expect, test } from "@playwright/test";
import { openWithCode, outputOf } from "./support/examples";

const lesson = "lessons/generators/";
const id = "generators/1";

test("a shared link opens the page with that code in that example, and it runs", async ({ page }) => {
  await openWithCode(page, lesson, id, 'console.log("shared with you");');
  const figure = page.locator(`[data-id="${id}"]`);
  await expect(figure.locator("[data-code-view]")).toHaveText('console.log("shared with you");');
  await expect(figure).toHaveAttribute("data-edited", "shared");
  await figure.getByRole("button", { name: "Run", exact: true }).click();
  await expect(outputOf(figure)).toContainText("shared with you");
});

test("Share puts the example's current code in the address, ready to send", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await openWithCode(page, lesson, id, 'console.log("pass it on");');
  const figure = page.locator(`[data-id="${id}"]`);
  await figure.getByRole("button", { name: "Share", exact: true }).click();
  await expect(figure.getByText(/Link copied/)).toBeVisible();
  const link = page.url();
  expect(link).toContain("#share=");
  const friend = await context.browser()!.newContext();
  const other = await friend.newPage();
  await other.goto(link);
  await expect(other.locator(`[data-id="${id}"] [data-code-view]`)).toHaveText('console.log("pass it on");');
  await friend.close();
});

test("edits survive a reload, and Reset brings back the lesson's code", async ({ page }) => {
  await openWithCode(page, lesson, id, 'console.log("mine");');
  const figure = page.locator(`[data-id="${id}"]`);
  await page.goto(lesson);
  await expect(figure.locator("[data-code-view]")).toHaveText('console.log("mine");');
  await expect(figure).toHaveAttribute("data-edited", "saved");
  await figure.getByRole("button", { name: "Reset", exact: true }).click();
  await expect(figure).not.toHaveAttribute("data-edited");
  await expect(figure.locator("[data-code-view]")).toContainText("eagerRange");
  await page.reload();
  await expect(figure.locator("[data-code-view]")).toContainText("eagerRange");
});

test("a shared link never overwrites the reader's own edit: both are kept, one click apart", async ({ page }) => {
  await openWithCode(page, lesson, id, 'console.log("my own work");');
  await page.goto(lesson);
  const figure = page.locator(`[data-id="${id}"]`);
  await expect(figure).toHaveAttribute("data-edited", "saved");

  await openWithCode(page, lesson, id, 'console.log("from a friend");');
  await page.reload(); // a fresh visit through the shared link, as from another tab
  await expect(figure.locator("[data-code-view]")).toHaveText('console.log("from a friend");');
  await expect(figure.getByRole("status").filter({ hasText: "Your own version is kept" })).toBeVisible();

  await figure.getByRole("button", { name: "Show your version" }).click();
  await expect(figure.locator("[data-code-view]")).toHaveText('console.log("my own work");');
  await figure.getByRole("button", { name: "Run", exact: true }).click();
  await expect(outputOf(figure)).toContainText("my own work");

  await page.goto(lesson);
  await expect(figure.locator("[data-code-view]")).toHaveText('console.log("my own work");');
  await expect(figure.locator("[data-version-choice]")).toHaveCount(0);
});

test("a shared link opened in a tab already on the lesson runs the shared code, not the code run before", async ({ page }) => {
  await page.goto(lesson);
  const figure = page.locator(`[data-id="${id}"]`);
  await figure.getByRole("button", { name: "Run", exact: true }).click();
  await expect(outputOf(figure)).toContainText("[0, 1, 2, 3, 4]");

  await openWithCode(page, lesson, id, 'console.log("pasted into this tab");'); // only the fragment changes
  await expect(figure.locator("[data-code-view]")).toHaveText('console.log("pasted into this tab");');
  await figure.getByRole("button", { name: "Run", exact: true }).click();
  await expect(outputOf(figure)).toHaveText(/pasted into this tab/);
  await expect(outputOf(figure)).not.toContainText("[0, 1, 2, 3, 4]");
});

test("a shared link opened in this tab while the example is in the editor puts the shared code in the editor", async ({ page }) => {
  await page.goto(lesson);
  const figure = page.locator(`[data-id="${id}"]`);
  await figure.getByRole("button", { name: "Edit", exact: true }).click();
  await expect(figure.getByRole("textbox", { name: "eagerRange code editor" })).toBeFocused({ timeout: 30_000 });

  await openWithCode(page, lesson, id, 'console.log("into the open editor");');
  await expect(figure.locator(".view-lines")).toContainText("into the open editor");
  await figure.getByRole("button", { name: "Run", exact: true }).click();
  await expect(outputOf(figure)).toContainText("into the open editor");
  await expect(outputOf(figure)).not.toContainText("[0, 1, 2, 3, 4]");
});
