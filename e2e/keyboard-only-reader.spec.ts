import { expect, test } from "@playwright/test";
import { lessonFiles } from "./support/lessons";
import { outputOf } from "./support/examples";
import { focused, tabTo } from "./support/keyboard";

const lesson = lessonFiles()[1]!;

test("with the keyboard alone, a reader opens a lesson, runs and edits an example, and presents the deck", async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto("./");

  // Home → the lesson, by Tab and Enter.
  await tabTo(page, new RegExp(`^a ${lesson.title}$`));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/lessons/${lesson.slug}/$`));

  // The skip link is the first stop, and it lands in the lesson.
  await page.keyboard.press("Tab");
  expect(await focused(page)).toBe("a Skip to the lesson");
  await page.keyboard.press("Enter");

  // Run the first example and read its output.
  await tabTo(page, /^button Run$/);
  const figure = page.locator("[data-playground]").first();
  await expect(figure.getByRole("button", { name: "Run", exact: true })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(outputOf(figure)).toContainText(/done in/, { timeout: 30_000 });

  // Edit: the editor takes focus; type, run with Ctrl+Enter, then leave with Escape, Tab.
  await tabTo(page, /^button Edit$/);
  await page.keyboard.press("Enter");
  await expect(figure.getByRole("textbox", { name: /code editor/ })).toBeFocused({ timeout: 30_000 });
  await page.keyboard.press("ControlOrMeta+End");
  await page.keyboard.press("Enter");
  await page.keyboard.type('console.log("typed by keyboard");');
  await page.keyboard.press("ControlOrMeta+Enter");
  await expect(outputOf(figure)).toContainText("typed by keyboard", { timeout: 30_000 });
  await page.keyboard.press("Escape");
  await page.keyboard.press("Shift+Tab");
  expect(await focused(page)).not.toMatch(/^textarea/);

  // Back up to the header's Present link, and present.
  await tabTo(page, /^a Present$/, { backwards: true });
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/lessons/${lesson.slug}/slides/`));
  const counter = page.getByRole("navigation", { name: "Slide controls" }).getByText(/^\d+ \/ \d+$/);
  // The deck opens on the slide the link names once its script has run: read the counter after that.
  await expect(page.locator("[data-deck][data-ready]")).toBeAttached();
  const start = Number((await counter.textContent())!.split(" / ")[0]);
  await page.keyboard.press("ArrowRight");
  await expect(counter).toHaveText(new RegExp(`^${start + 1} / `));
});
