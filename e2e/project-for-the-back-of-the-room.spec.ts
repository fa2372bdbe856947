import { expect, test } from "@playwright/test";
import { lessonFiles } from "./support/lessons";
import { currentSlide, openTalk } from "./support/talk";

const [lesson] = lessonFiles();
const deckUrl = `lessons/${lesson!.slug}/slides/`;
// Two windows of one browser per test: give them time to load on a busy machine.
test.describe.configure({ timeout: 60_000 });

test("larger text scales the slide content and still fits the 16:9 screen", async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto(`${deckUrl}#4`);
  const heading = currentSlide(page).locator("h2").first();
  const before = await heading.evaluate((node) => parseFloat(getComputedStyle(node).fontSize));
  const larger = page.getByRole("button", { name: "Larger text" });
  await larger.click();
  await larger.click();
  await larger.click();
  const after = await heading.evaluate((node) => parseFloat(getComputedStyle(node).fontSize));
  expect(after).toBeGreaterThan(before * 1.4);
  for (let i = 0; i < 3; i++) await page.keyboard.press("+");
  await expect(larger).toBeDisabled();
  const box = (await currentSlide(page).boundingBox())!;
  expect(box.y).toBeGreaterThanOrEqual(-1);
  expect(box.y + box.height).toBeLessThanOrEqual(1081);
  expect(box.x + box.width).toBeLessThanOrEqual(1921);
  await page.keyboard.press("-");
  await expect(larger).toBeEnabled();
});

test("high contrast turns the deck black, white and yellow, and back", async ({ page }) => {
  await page.goto(`${deckUrl}#2`);
  const contrast = page.getByRole("button", { name: "High contrast" });
  await contrast.click();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "high-contrast");
  await expect(contrast).toHaveAttribute("aria-pressed", "true");
  const colours = () => page.locator("[data-deck]").evaluate((node) => [getComputedStyle(node).backgroundColor, getComputedStyle(node).color]);
  expect(await colours()).toEqual(["rgb(0, 0, 0)", "rgb(255, 255, 255)"]);
  await page.keyboard.press("c");
  await expect(page.locator("html")).not.toHaveAttribute("data-theme", "high-contrast");
  await expect(contrast).toHaveAttribute("aria-pressed", "false");
});

test("text size and contrast chosen in the presenter window reach the projector", async ({ context }) => {
  const { audience, presenter } = await openTalk(context, lesson!.slug, "#2");
  await presenter.getByRole("button", { name: "Larger slide text" }).click();
  await presenter.getByRole("button", { name: "High contrast" }).click();
  await expect(audience.locator("html")).toHaveAttribute("data-theme", "high-contrast");
  await expect(audience.locator("[data-deck]")).toHaveCSS("--deck-font", "1.15");
  await presenter.getByRole("button", { name: "High contrast" }).click();
  await expect(audience.locator("html")).not.toHaveAttribute("data-theme", "high-contrast");
});

test("every control of the deck can be reached with Tab", async ({ page }) => {
  await page.goto(`${deckUrl}#2`);
  // Mark whatever Tab lands on, then check every control was among them.
  await page.evaluate(() => document.addEventListener("focusin", (event) => (event.target as HTMLElement).setAttribute("data-reached", "")));
  for (let i = 0; i < 60; i++) await page.keyboard.press("Tab");
  const controls = page.getByRole("navigation", { name: "Slide controls" });
  for (const name of ["Previous slide", "Next slide", "Smaller text", "Larger text", "High contrast", "Overview of all slides", "Black out the screen", "Fullscreen", "Keyboard shortcuts"]) {
    await expect(controls.getByRole("button", { name, exact: true })).toHaveAttribute("data-reached", "");
  }
  await expect(controls.getByRole("link", { name: "Presenter window" })).toHaveAttribute("data-reached", "");
});
