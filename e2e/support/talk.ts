import { expect, type BrowserContext, type Page } from "@playwright/test";

/** The counter "n / total" of a deck or presenter window. */
export const counter = (page: Page) => page.locator("[data-deck-counter]").first();

/** The slide on screen in a window (the live canvas, not a thumbnail). */
export const currentSlide = (page: Page) => page.locator("[data-canvas] > .slide[data-current]");

/** Opens the audience deck and the presenter view of a lesson, side by side in one browser, and waits until they sync. */
export async function openTalk(context: BrowserContext, slug: string, hash = ""): Promise<{ audience: Page; presenter: Page }> {
  const audience = await context.newPage();
  await audience.goto(`lessons/${slug}/slides/${hash}`);
  await expect(audience.locator("[data-deck][data-ready]")).toBeAttached();
  const presenter = await context.newPage();
  await presenter.goto(`lessons/${slug}/presenter/${hash}`);
  await expect(presenter.locator("[data-deck][data-connected]")).toBeAttached();
  await expect(audience.locator("[data-deck][data-connected]")).toBeAttached();
  return { audience, presenter };
}
