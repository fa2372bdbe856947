import { expect, test, type Page } from "@playwright/test";
import { deckSlideCount, lessonFiles } from "./support/lessons";

const [lesson] = lessonFiles();
const total = deckSlideCount(lesson!);
const deckUrl = `lessons/${lesson!.slug}/slides/`;
const counter = (page: Page) => page.getByRole("navigation", { name: "Slide controls" }).getByText(/^\d+ \/ \d+$/);

test("a speaker pages through the deck with the keyboard", async ({ page }) => {
  await page.goto(deckUrl);
  await expect(counter(page)).toHaveText(`1 / ${total}`);
  await expect(page.getByRole("heading", { level: 1, name: lesson!.title })).toBeVisible();
  await page.keyboard.press("ArrowRight");
  await expect(counter(page)).toHaveText(`2 / ${total}`);
  await expect(page).toHaveURL(/#2$/);
  await page.keyboard.press("Space");
  await expect(counter(page)).toHaveText(`3 / ${total}`);
  await page.keyboard.press("Shift+Space");
  await expect(counter(page)).toHaveText(`2 / ${total}`);
  await page.keyboard.press("PageDown");
  await expect(counter(page)).toHaveText(`3 / ${total}`);
  await page.keyboard.press("PageUp");
  await page.keyboard.press("ArrowLeft");
  await expect(counter(page)).toHaveText(`1 / ${total}`);
  await page.keyboard.press("End");
  await expect(counter(page)).toHaveText(`${total} / ${total}`);
  await page.keyboard.press("Home");
  await expect(counter(page)).toHaveText(`1 / ${total}`);
});

test("only the current slide is shown, and the progress bar follows", async ({ page }) => {
  await page.goto(`${deckUrl}#3`);
  const progress = page.getByRole("progressbar", { name: "Slide progress" });
  await expect(progress).toHaveAttribute("aria-valuenow", "3");
  await expect(page.locator(".slide:visible")).toHaveCount(1);
});

test("reloading, or opening a shared link, lands on the same slide", async ({ page }) => {
  await page.goto(deckUrl);
  for (let i = 0; i < 4; i++) await page.keyboard.press("ArrowDown");
  await expect(page).toHaveURL(/#5$/);
  await page.reload();
  await expect(counter(page)).toHaveText(`5 / ${total}`);
  const shared = await page.context().newPage();
  await shared.goto(`${deckUrl}#4`);
  await expect(counter(shared)).toHaveText(`4 / ${total}`);
});

test("on-screen buttons page too, and are disabled at the ends", async ({ page }) => {
  await page.goto(deckUrl);
  const previous = page.getByRole("button", { name: "Previous slide" });
  const next = page.getByRole("button", { name: "Next slide" });
  await expect(previous).toBeDisabled();
  await next.click();
  await expect(counter(page)).toHaveText(`2 / ${total}`);
  await previous.click();
  await expect(counter(page)).toHaveText(`1 / ${total}`);
});

test("keys typed into a text field never move the slides", async ({ page }) => {
  await page.goto(`${deckUrl}#2`);
  await page.evaluate(() => {
    const field = document.createElement("input");
    field.setAttribute("aria-label", "Scratch field");
    document.querySelector(".slide[data-current]")!.append(field);
  });
  await page.getByRole("textbox", { name: "Scratch field" }).pressSequentially("hello world");
  await page.getByRole("textbox", { name: "Scratch field" }).press("ArrowLeft");
  await page.getByRole("textbox", { name: "Scratch field" }).press("End");
  await expect(counter(page)).toHaveText(`2 / ${total}`);
  await expect(page.getByRole("textbox", { name: "Scratch field" })).toHaveValue("hello world");
});

test("a swipe on a touch screen changes slide", async ({ browser }) => {
  const context = await browser.newContext({ hasTouch: true, viewport: { width: 844, height: 390 } });
  const page = await context.newPage();
  await page.goto(deckUrl);
  await page.evaluate(() => {
    const target = document.querySelector("[data-deck]")!;
    const fire = (type: string, x: number) =>
      target.dispatchEvent(new PointerEvent(type, { pointerType: "touch", clientX: x, clientY: 200, bubbles: true }));
    fire("pointerdown", 600);
    fire("pointerup", 300);
  });
  await expect(counter(page)).toHaveText(`2 / ${total}`);
  await context.close();
});
