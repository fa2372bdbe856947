import { expect, test } from "@playwright/test";
import { lessonFiles } from "./support/lessons";

const lessons = lessonFiles();
const [, reading, presenting] = lessons;

/** What the page saved as the reader's progress (src/site/progress/store.ts), as the home page will read it. */
const savedProgress = (page: import("@playwright/test").Page) =>
  page.evaluate(() => JSON.parse(localStorage.getItem("interleave:progress") ?? "{}"));

const card = (page: import("@playwright/test").Page, title: string) =>
  page.locator("[data-lesson-item]").filter({ has: page.getByRole("heading", { name: title, exact: true }) });

test("a first-time reader sees no progress and no 'continue' link", async ({ page }) => {
  await page.goto("./");
  await expect(page.getByRole("heading", { name: "Continue where you left off" })).toBeHidden();
  await expect(page.locator("[data-lesson-progress]:visible")).toHaveCount(0);
});

test("the home page marks lessons visited and completed, and continues at the section last read", async ({ page }) => {
  await page.goto(`lessons/${reading!.slug}/`);
  const section = page.locator(".lesson-content h2[id]").nth(2);
  const name = (await section.textContent())!.trim();
  await section.evaluate((heading) => heading.scrollIntoView({ block: "start" }));
  // Progress is saved once scrolling settles.
  await expect.poll(async () => (await savedProgress(page)).last?.label ?? "").toContain(name);

  await page.goto("./");
  await expect(card(page, reading!.title).getByText("Visited")).toBeVisible();
  const resume = page.getByRole("region", { name: "Continue where you left off" });
  await expect(resume).toBeVisible();
  await expect(resume.getByRole("link")).toContainText(reading!.title);
  await expect(resume.getByRole("link")).toContainText(name);
  await resume.getByRole("link").click();
  await expect(page).toHaveURL(new RegExp(`/lessons/${reading!.slug}/#`));
  await expect(page.getByRole("heading", { level: 2, name })).toBeInViewport();

  // Reading to the end completes the lesson.
  await page.getByRole("navigation", { name: "More lessons" }).scrollIntoViewIfNeeded();
  await expect.poll(async () => (await savedProgress(page)).lessons?.[reading!.slug]?.completed).toBeGreaterThan(0);
  await page.goto("./");
  await expect(card(page, reading!.title).getByText("Completed")).toBeVisible();
});

test("reaching a deck's last slide completes the lesson, and 'continue' returns to that slide", async ({ page }) => {
  await page.goto(`lessons/${presenting!.slug}/slides/`);
  await page.keyboard.press("End");
  await expect(page).toHaveURL(/#\d+$/);
  const slide = new URL(page.url()).hash;
  await page.goto("./");
  await expect(card(page, presenting!.title).getByText("Completed")).toBeVisible();
  const resume = page.getByRole("region", { name: "Continue where you left off" });
  await expect(resume.getByRole("link")).toHaveAttribute("href", `/lessons/${presenting!.slug}/slides/${slide}`);
});
