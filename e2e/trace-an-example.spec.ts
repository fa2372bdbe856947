import { expect, test, type Locator, type Page } from "@playwright/test";
import { example } from "./support/examples";

const lesson = "lessons/sending-values/";
const title = /^jumpingRange$/;

/** The trace panel of an example: a region named for it. */
const panelOf = (figure: Locator) => figure.getByRole("region", { name: /^Trace of/ });
/** The sentence for the current step (a polite live region). */
const nowOf = (figure: Locator) => panelOf(figure).locator("[aria-live]");
const highlighted = (figure: Locator) => figure.locator('.pg-code .line[data-marked="current"]');

async function traceAndWait(figure: Locator): Promise<void> {
  await figure.getByRole("button", { name: "Trace", exact: true }).click();
  await expect(panelOf(figure).getByText(/steps recorded/)).toBeVisible({ timeout: 20_000 });
}

/** Steps with `press` until the current sentence mentions `text` (at most `limit` presses). */
async function stepUntil(figure: Locator, text: string, press: () => Promise<void>, limit = 30): Promise<void> {
  for (let presses = 0; presses < limit; presses++) {
    if ((await nowOf(figure).textContent())?.includes(text)) return;
    await press();
  }
}

test("a reader traces jumpingRange, steps to the resumption by next(2), and scrubs back to the start", async ({ page }) => {
  await page.goto(lesson);
  const figure = example(page, title).first();
  await traceAndWait(figure);
  const panel = panelOf(figure);
  await expect(nowOf(figure)).toHaveText("the top level starts");
  await expect(panel.getByRole("button", { name: "Back one step" })).toBeDisabled();

  await stepUntil(figure, "next(2)", () => panel.getByRole("button", { name: "Forward one step" }).click());
  await expect(nowOf(figure)).toHaveText(/^line \d+: jumpingRange\(5\) resumed by next\(2\) from line \d+, with 2 sent in$/);
  await expect(highlighted(figure)).toHaveCount(1);
  await expect(highlighted(figure)).toContainText("yield index");
  await expect(panel.getByRole("list", { name: "Frames" })).toContainText("jumpingRange(5) — running");

  await panel.getByRole("slider", { name: "Step" }).fill("0");
  await expect(nowOf(figure)).toHaveText("the top level starts");
  await expect(highlighted(figure)).toHaveCount(0);
  await expect(panel.getByRole("button", { name: "First step" })).toBeDisabled();

  await panel.getByRole("button", { name: "Last step" }).click();
  await expect(nowOf(figure)).toHaveText("top level returned undefined");
  await expect(figure.getByRole("log", { name: /output/i })).toContainText(/done in/);
});

test("the trace as text lists every step and marks the current one", async ({ page }) => {
  await page.goto(lesson);
  const figure = example(page, title).first();
  await traceAndWait(figure);
  const panel = panelOf(figure);
  await panel.getByText(/Trace as text/).click();
  const items = panel.locator(".trace-text li");
  await expect(items.first()).toContainText("the top level starts");
  await panel.getByRole("button", { name: "Forward one step" }).click();
  await expect(panel.locator('.trace-text li[aria-current="step"]')).toContainText("creates a generator object");
});

/** The deck slide (1-based) showing the example titled `name`. */
async function slideOf(page: Page, name: string): Promise<number> {
  return page.evaluate((wanted) => {
    const slides = [...document.querySelectorAll("[data-canvas] > .slide")];
    return slides.findIndex((slide) => [...slide.querySelectorAll("figcaption .pg-title")].some((node) => node.textContent?.trim() === wanted)) + 1;
  }, name);
}

test("in the deck, ] and [ step the trace and never turn the slide", async ({ page }) => {
  await page.goto(`${lesson}slides/`);
  const slide = await slideOf(page, "jumpingRange");
  expect(slide).toBeGreaterThan(0);
  await page.goto(`${lesson}slides/#${slide}`);
  const figure = page.locator("[data-canvas] > .slide[data-current] figure").filter({ has: page.locator("figcaption", { hasText: title }) });
  await traceAndWait(figure);
  await page.locator("body").click({ position: { x: 5, y: 5 } }); // focus leaves the panel: the keys still reach the trace on the slide shown

  await stepUntil(figure, "next(2)", () => page.keyboard.press("]"));
  await expect(nowOf(figure)).toHaveText(/resumed by next\(2\) from line \d+, with 2 sent in/);
  await expect(highlighted(figure)).toContainText("yield index");
  await expect(page).toHaveURL(new RegExp(`#${slide}$`));

  await page.keyboard.press("[");
  await expect(nowOf(figure)).not.toHaveText(/next\(2\)/);
  await page.keyboard.press("{");
  await expect(nowOf(figure)).toHaveText("the top level starts");
  await page.keyboard.press("}");
  await expect(nowOf(figure)).toHaveText("top level returned undefined");
  await expect(page).toHaveURL(new RegExp(`#${slide}$`));
});

test("no trace code loads until Trace is pressed", async ({ page }) => {
  const scripts: string[] = [];
  page.on("request", (request) => {
    if (request.resourceType() === "script") scripts.push(request.url());
  });
  await page.goto(lesson);
  const figure = example(page, title).first();
  await figure.getByRole("button", { name: "Run", exact: true }).click();
  await expect(figure.getByRole("log", { name: /output/i })).toContainText(/done in/);
  expect(scripts.filter((url) => /trace-run|acorn|magic-string/.test(url))).toEqual([]);
  await traceAndWait(figure);
  expect(scripts.some((url) => /trace-run/.test(url))).toBe(true);
});
