import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { lessonFiles } from "./support/lessons";
import { outputOf } from "./support/examples";
import { hasPresenter } from "./support/offline";

const lessons = lessonFiles();
/** WCAG 2.0, 2.1 and 2.2, levels A and AA. */
const wcag = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/** Runs axe on the page; on failure the message lists each rule, its help and the offending elements. */
async function expectNoViolations(page: Page, what: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).withTags(wcag).analyze();
  const report = violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.slice(0, 5).map((node) => `    ${node.target.join(" ")} — ${node.failureSummary?.split("\n").slice(1, 2).join("")}`).join("\n")}`);
  expect(report, `axe on ${what}`).toEqual([]);
}

/** Shows an example's output and opens its editor, as the issue asks axe to see them. */
async function runAndOpenEditor(page: Page): Promise<void> {
  // The first visible example with its own Run (a <Compare>'s sides are named "Run (sync)" …).
  const figure = page.locator("[data-playground]:visible").filter({ has: page.getByRole("button", { name: "Run", exact: true }) }).first();
  await figure.getByRole("button", { name: "Run", exact: true }).click();
  await expect(outputOf(figure)).toContainText(/done in|Error|stopped/, { timeout: 30_000 });
  await figure.getByRole("button", { name: "Edit", exact: true }).click();
  await expect(figure.locator(".monaco-editor")).toBeVisible({ timeout: 30_000 });
  // Axe sees the editor at rest: no hover or suggestion widget left open.
  await page.keyboard.press("Escape");
  await expect(page.locator(".monaco-hover:visible, .suggest-widget.visible")).toHaveCount(0);
}

/** Moves a deck to its first slide holding an example. */
async function goToFirstExampleSlide(page: Page, deckUrl: string): Promise<void> {
  await page.goto(deckUrl);
  const slide = await page.locator("[data-canvas] > .slide").evaluateAll((slides) => slides.findIndex((slide) => slide.querySelector('[data-playground] [data-action="run"][aria-label="Run"]')));
  if (slide >= 0) await page.goto(`${deckUrl}#${slide + 1}`);
  await expect(page.locator(".slide[data-current]")).toHaveCount(1);
}

test("the home page has no WCAG A/AA violations", async ({ page }) => {
  await page.goto("./");
  await expectNoViolations(page, "the home page");
});

for (const theme of ["dark", "high-contrast"]) {
  test(`the home page and a lesson have no WCAG A/AA violations in the ${theme} theme`, async ({ page }) => {
    test.setTimeout(120_000);
    // Not in the examples' sandboxed frames, where storage throws.
    await page.addInitScript((chosen) => window === top && localStorage.setItem("interleave:theme", chosen), theme);
    await page.goto("./");
    await expectNoViolations(page, `the home page (${theme})`);
    await page.goto(`lessons/${lessons[1]!.slug}/`);
    await runAndOpenEditor(page);
    await expectNoViolations(page, `lesson ${lessons[1]!.slug} (${theme})`);
  });
}

test("the search dialog, open with results, has no WCAG A/AA violations", async ({ page }) => {
  await page.goto(`lessons/${lessons[0]!.slug}/`);
  await page.keyboard.press("/");
  await page.getByRole("searchbox", { name: "Search lessons" }).fill("generator");
  await expect(page.getByRole("list", { name: "Search results" }).getByRole("link").first()).toBeVisible();
  await expectNoViolations(page, "the search dialog");
});

for (const lesson of lessons) {
  test(`${lesson.slug}: the article, with an example's output and the editor open, has no WCAG A/AA violations`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto(`lessons/${lesson.slug}/`);
    await runAndOpenEditor(page);
    await expectNoViolations(page, `${lesson.slug} article, output shown and editor open`);
  });

  test(`${lesson.slug}: the deck, on its first slide and on an example run and edited, has no WCAG A/AA violations`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto(`lessons/${lesson.slug}/slides/`);
    await expectNoViolations(page, `${lesson.slug} deck, cover`);
    await goToFirstExampleSlide(page, `lessons/${lesson.slug}/slides/`);
    await runAndOpenEditor(page);
    await expectNoViolations(page, `${lesson.slug} deck, output shown and editor open`);
  });

  test(`${lesson.slug}: the presenter view has no WCAG A/AA violations`, async ({ page }) => {
    test.skip(!hasPresenter(lesson.slug), "no presenter view in this build");
    await page.goto(`lessons/${lesson.slug}/presenter/`);
    await expectNoViolations(page, `${lesson.slug} presenter`);
  });
}
