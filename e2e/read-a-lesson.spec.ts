import { expect, test } from "@playwright/test";
import { lessonFiles } from "./support/lessons";

const lessons = lessonFiles();
const [first, second] = lessons;

test("the home page links every lesson, in course order", async ({ page }) => {
  await page.goto("./");
  await expect(page.getByRole("heading", { level: 1, name: "Interleave" })).toBeVisible();
  const titles = page.getByRole("list").first().getByRole("heading", { level: 2 });
  await expect(titles).toHaveText(lessons.map((lesson) => lesson.title));
  for (const lesson of lessons) {
    await expect(page.getByRole("link", { name: `Present ${lesson.title}` })).toHaveAttribute("href", `/lessons/${lesson.slug}/slides/`);
  }
});

test("a reader opens a lesson from the home page and reads it as an article", async ({ page }) => {
  await page.goto("./");
  await page.getByRole("link", { name: first!.title, exact: true }).click();
  await expect(page).toHaveURL(`/lessons/${first!.slug}/`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(first!.title);
  const contents = page.getByRole("navigation", { name: "On this page" });
  await expect(contents.getByRole("link").first()).toBeVisible();
});

test("the table of contents jumps to a section, and headings carry their own anchors", async ({ page }) => {
  await page.goto(`lessons/${first!.slug}/`);
  const contents = page.getByRole("navigation", { name: "On this page" });
  const entry = contents.getByRole("link").nth(3);
  const name = (await entry.textContent())!.trim();
  await entry.click();
  const heading = page.getByRole("main").getByRole("heading", { level: 2, name });
  await expect(heading).toBeInViewport();
  await expect(heading.getByRole("link", { name: `Link to “${name}”` })).toHaveAttribute("href", /^#/);
});

test("previous and next links walk the course", async ({ page }) => {
  await page.goto(`lessons/${first!.slug}/`);
  const more = page.getByRole("navigation", { name: "More lessons" });
  await expect(more.getByRole("link", { name: /Previous lesson/ })).toHaveCount(0);
  await more.getByRole("link", { name: new RegExp(`Next lesson.*${second!.title}`) }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(second!.title);
  await page.getByRole("navigation", { name: "More lessons" }).getByRole("link", { name: /Previous lesson/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(first!.title);
});
