import { expect, test } from "@playwright/test";
import { deckSlideCount, lessonFiles } from "./support/lessons";
import { counter } from "./support/talk";

const [lesson] = lessonFiles();
const deckUrl = `lessons/${lesson!.slug}/slides/`;
const total = deckSlideCount(lesson!);

test("O shows every slide; arrows move, Enter jumps there", async ({ page }) => {
  await page.goto(`${deckUrl}#2`);
  await page.keyboard.press("o");
  const overview = page.getByRole("dialog", { name: "All slides" });
  await expect(overview).toBeVisible();
  await expect(overview.getByRole("button", { name: /^Slide \d+:/ })).toHaveCount(total);
  await expect(overview.getByRole("button", { name: /^Slide 2:/ })).toBeFocused();

  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  await expect(overview.getByRole("button", { name: /^Slide 4:/ })).toBeFocused();
  await page.keyboard.press("ArrowLeft");
  await page.keyboard.press("Enter");
  await expect(overview).toBeHidden();
  await expect(counter(page)).toHaveText(`3 / ${total}`);
});

test("arrow down moves a whole row, and Esc closes without moving", async ({ page }) => {
  await page.setViewportSize({ width: 1600, height: 900 });
  await page.goto(`${deckUrl}#1`);
  await page.keyboard.press("Escape");
  const overview = page.getByRole("dialog", { name: "All slides" });
  await expect(overview).toBeVisible();
  const columns = await overview.locator("li").evaluateAll((items) => items.filter((item) => (item as HTMLElement).offsetTop === (items[0] as HTMLElement).offsetTop).length);
  expect(columns).toBeGreaterThan(1);
  await page.keyboard.press("ArrowDown");
  await expect(overview.getByRole("button", { name: new RegExp(`^Slide ${1 + columns}:`) })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(overview).toBeHidden();
  await expect(counter(page)).toHaveText(`1 / ${total}`);
});

test("the overview opens from its button and closes with O", async ({ page }) => {
  await page.goto(deckUrl);
  await page.getByRole("button", { name: "Overview of all slides" }).click();
  const overview = page.getByRole("dialog", { name: "All slides" });
  await expect(overview).toBeVisible();
  await page.keyboard.press("o");
  await expect(overview).toBeHidden();
  await expect(page.getByRole("button", { name: "Overview of all slides" })).toBeFocused();
});

test("G, a number and Enter go to that slide; Esc cancels", async ({ page }) => {
  await page.goto(deckUrl);
  await page.keyboard.press("g");
  const field = page.getByRole("textbox", { name: /Go to slide/ });
  await expect(field).toBeFocused();
  await page.keyboard.type("5");
  await page.keyboard.press("Enter");
  await expect(counter(page)).toHaveText(`5 / ${total}`);
  await expect(field).toBeHidden();

  await page.keyboard.press("g");
  await page.keyboard.type("2");
  await page.keyboard.press("Escape");
  await expect(field).toBeHidden();
  await expect(counter(page)).toHaveText(`5 / ${total}`);
  // Keys go back to the deck.
  await page.keyboard.press("ArrowRight");
  await expect(counter(page)).toHaveText(/^6 \/ |^5 \/ /);
});

test("B or . blacks the screen out and brings it back", async ({ page }) => {
  await page.goto(`${deckUrl}#2`);
  const blackout = page.locator(".deck-blackout");
  await page.keyboard.press("b");
  await expect(blackout).toBeVisible();
  await expect(page.getByRole("button", { name: "Black out the screen" })).toHaveAttribute("aria-pressed", "true");
  await page.keyboard.press("b");
  await expect(blackout).toBeHidden();
  await page.keyboard.press(".");
  await expect(blackout).toBeVisible();
  await page.keyboard.press(".");
  await expect(blackout).toBeHidden();
});

test("? lists every key the deck answers to", async ({ page }) => {
  await page.goto(deckUrl);
  await page.keyboard.press("?");
  const help = page.getByRole("dialog", { name: "Keyboard shortcuts" });
  await expect(help).toBeVisible();
  for (const action of ["Next step, or next slide", "Overview of all slides", "Go to a slide by its number", "Black out the screen", "Fullscreen", "presenter window", "High-contrast", "Larger / smaller slide text"]) {
    await expect(help.getByText(action, { exact: false }).first()).toBeVisible();
  }
  await expect(help.getByRole("button", { name: "Close" })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(help).toBeHidden();
  await page.getByRole("button", { name: "Keyboard shortcuts" }).click();
  await expect(help).toBeVisible();
  await page.keyboard.press("?");
  await expect(help).toBeHidden();
});
