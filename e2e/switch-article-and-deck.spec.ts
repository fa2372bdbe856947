import { expect, test } from "@playwright/test";
import { deckSlideCount, lessonFiles } from "./support/lessons";

const [lesson] = lessonFiles();
const total = deckSlideCount(lesson!);

test("from the deck, Read opens the article at the section of the current slide", async ({ page }) => {
  await page.goto(`lessons/${lesson!.slug}/slides/#5`);
  const slideHeading = (await page.locator(".slide[data-current] h2").first().textContent())!.trim();
  await page.getByRole("link", { name: "Read as article" }).click();
  await expect(page).toHaveURL(new RegExp(`/lessons/${lesson!.slug}/#slide-4$`));
  await expect(page.getByRole("main").getByRole("heading", { level: 2, name: slideHeading })).toBeInViewport();
});

test("from the article, Present opens the deck at the section being read", async ({ page }) => {
  await page.goto(`lessons/${lesson!.slug}/#slide-6`);
  const sectionHeading = (await page.locator("#slide-6 h2").first().textContent())!.trim();
  await page.getByRole("link", { name: "Present" }).click();
  await expect(page).toHaveURL(/\/slides\/#7$/);
  await expect(page.getByText(`7 / ${total}`)).toBeVisible();
  await expect(page.locator(".slide[data-current] h2").first()).toHaveText(sectionHeading);
});
