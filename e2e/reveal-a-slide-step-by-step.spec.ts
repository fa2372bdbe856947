import { expect, test } from "@playwright/test";
import { deckSlideCount, lessonFiles } from "./support/lessons";
import { counter, currentSlide } from "./support/talk";

const [lesson] = lessonFiles();
const deckUrl = `lessons/${lesson!.slug}/slides/`;
const total = deckSlideCount(lesson!);

// Deck slide 3 of the first lesson holds one <Step>; slide 4 holds none.
test("a step appears on its own press, before the slide changes", async ({ page }) => {
  await page.goto(`${deckUrl}#3`);
  const step = currentSlide(page).locator(".step");
  await expect(step).toBeHidden();
  await page.keyboard.press("ArrowRight");
  await expect(step).toBeVisible();
  await expect(counter(page)).toHaveText(`3 / ${total}`);
  await expect(page).toHaveURL(/#3\.1$/);
  await expect(page.locator("[data-deck-announcer]")).toContainText(((await step.textContent()) ?? "").trim().slice(0, 20));

  await page.keyboard.press("ArrowRight");
  await expect(counter(page)).toHaveText(`4 / ${total}`);
  // Back lands on the slide as it was left; back again hides the step.
  await page.keyboard.press("ArrowLeft");
  await expect(page).toHaveURL(/#3\.1$/);
  await expect(step).toBeVisible();
  await page.keyboard.press("ArrowLeft");
  await expect(step).toBeHidden();
  await expect(page).toHaveURL(/#3$/);
});

test("the URL carries the step: a reload keeps it", async ({ page }) => {
  await page.goto(`${deckUrl}#3.1`);
  await expect(currentSlide(page).locator(".step")).toBeVisible();
  await page.reload();
  await expect(currentSlide(page).locator(".step")).toBeVisible();
  await page.goto(`${deckUrl}#3&step=0`);
  await expect(currentSlide(page).locator(".step")).toBeHidden();
});

test("arrow down skips the steps; the article shows every step", async ({ page }) => {
  await page.goto(`${deckUrl}#3`);
  await page.keyboard.press("ArrowDown");
  await expect(counter(page)).toHaveText(`4 / ${total}`);
  await page.goto(`lessons/${lesson!.slug}/`);
  await expect(page.locator("#slide-2 .step")).toBeVisible();
});

test("a <Step run> around an example runs it on the press that reveals it", async ({ page }) => {
  await page.goto(deckUrl);
  // Wrap the lesson's first lone example in a run step, as `<Step run>` renders.
  const slide = await page.evaluate(() => {
    const figure = document.querySelector<HTMLElement>("[data-canvas] [data-playground]:not([data-compare] *)")!;
    const step = Object.assign(document.createElement("div"), { className: "step" });
    step.dataset.step = "";
    step.dataset.stepRun = "";
    figure.before(step);
    step.append(figure);
    return [...document.querySelectorAll("[data-canvas] > .slide")].indexOf(figure.closest(".slide")!) + 1;
  });
  await page.goto(`${deckUrl}#${slide}`);
  const example = currentSlide(page).locator("[data-playground]");
  await expect(example).toBeVisible();
  await expect(example.getByRole("log", { name: /output/i })).toBeHidden();
  await page.keyboard.press("ArrowRight");
  await expect(counter(page)).toHaveText(`${slide} / ${total}`);
  await expect(example.getByRole("log", { name: /output/i })).toContainText("done");
});
