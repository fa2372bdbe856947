import { expect, test, type Page } from "@playwright/test";
import { asyncAwaitSplit as split } from "../src/site/moved/async-await-split";
import { example, outputOf } from "./support/examples";

// "async / await" became two lessons; its old example 12 (A small asCompleted) is now in the second.
const oldExample = 12;
const movedSection = split.sections.find((section) => section.anchor === "ascompleted-results-as-they-arrive")!;
const edit = 'console.log("my own asCompleted, from before the split");\n';

/** Writes what a reader of the old lesson had saved, on a page of the site that runs no script. */
async function seedOldReader(page: Page) {
  await page.goto("favicon.svg");
  await page.evaluate(({ oldExample, edit, anchor }) => {
    localStorage.setItem(`interleave:code:async-await/${oldExample}`, edit);
    // Old example 4 stayed in the lesson but is now its fifth: a new example took number 4.
    localStorage.setItem("interleave:code:async-await/4", 'console.log("my eager edit");\n');
    localStorage.setItem("interleave:progress", JSON.stringify({
      lessons: { "async-await": { visited: 1, completed: 2 } },
      last: { lesson: "async-await", title: "async / await", href: `/lessons/async-await/#${anchor}`, label: "asCompleted: results as they arrive", at: 3 },
    }));
  }, { oldExample, edit, anchor: movedSection.anchor });
}

test("a reader of the old lesson 5 finds their progress and their edit in the lesson the example moved to", async ({ page }) => {
  await seedOldReader(page);
  await page.goto("./");
  const card = page.locator("[data-lesson-item]").filter({ has: page.getByRole("heading", { name: split.toTitle, exact: true }) });
  await expect(card.getByText("Completed")).toBeVisible();
  const resume = page.getByRole("region", { name: "Continue where you left off" });
  await expect(resume.getByRole("link")).toContainText(split.toTitle);
  await resume.getByRole("link").click();
  await expect(page).toHaveURL(new RegExp(`/lessons/${split.to}/#${movedSection.anchor}$`));

  const moved = example(page, "A small asCompleted");
  await expect(moved).toHaveAttribute("data-edited", "saved");
  await expect(moved.locator("[data-code-view]")).toContainText("my own asCompleted");
  await moved.getByRole("button", { name: "Run", exact: true }).click();
  await expect(outputOf(moved)).toContainText("my own asCompleted, from before the split");

  // A reload migrates nothing twice: the edit is still there.
  await page.reload();
  await expect(example(page, "A small asCompleted").locator("[data-code-view]")).toContainText("my own asCompleted");

  // In the first part, the edit follows its example to its new number, and the new example is untouched.
  await page.goto(`lessons/${split.from}/`);
  await expect(example(page, "An async function runs at once").locator("[data-code-view]")).toContainText("my eager edit");
  await expect(example(page, "A promise settled from outside")).not.toHaveAttribute("data-edited");
});

test("an old link to a section that moved opens it in its new lesson, and a slide number the deck still has stays", async ({ page }) => {
  await page.goto(`lessons/async-await/#${movedSection.anchor}`);
  await expect(page).toHaveURL(new RegExp(`/lessons/${split.to}/#${movedSection.anchor}$`));
  await expect(page.getByRole("heading", { level: 2, name: /asCompleted/ })).toBeInViewport();

  // An old deck number leaves only when the first part has no such slide; with its practice slides
  // it has them all again, and a number it has is its own: a new link must never be sent away.
  await page.goto("lessons/async-await/slides/#3");
  await expect(page.locator("[data-canvas] > .slide[data-current]").getByRole("heading", { level: 2 })).toContainText("Callbacks");
  await expect(page).toHaveURL(/\/lessons\/async-await\/slides\/#3$/);
});
