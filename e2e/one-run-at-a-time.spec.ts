import { expect, test, type Page } from "@playwright/test";
import { example, outputOf } from "./support/examples";
import { lessonFiles } from "./support/lessons";
import { currentSlide } from "./support/talk";

const [lesson] = lessonFiles();
const slug = lesson!.slug;

// Routes must see the guest's fetch; a service worker would answer it first.
test.use({ serviceWorkers: "block" });

/** Counts, in the page, the runs posted to sandboxes and the sandbox frames ever made. */
async function countRunsAndFrames(page: Page): Promise<void> {
  await page.addInitScript(() => {
    if (window !== window.top) return;
    const counts = { runs: 0, frames: 0 };
    Object.assign(window, { __counts: counts });
    const post = MessagePort.prototype.postMessage;
    MessagePort.prototype.postMessage = function (this: MessagePort, message: unknown, ...rest: never[]) {
      if ((message as { type?: string } | null)?.type === "run") counts.runs++;
      return post.call(this, message, ...rest);
    } as typeof post;
    new MutationObserver((records) => {
      for (const record of records) for (const node of record.addedNodes) if (node instanceof HTMLIFrameElement) counts.frames++;
    }).observe(document, { childList: true, subtree: true });
  });
}

const counts = (page: Page) => page.evaluate(() => (window as unknown as { __counts: { runs: number; frames: number } }).__counts);
const sandboxFrames = (page: Page) => page.locator("iframe.sandbox-frame");

/** Opens the lesson's deck on the first slide that has an example of its own (not in a <Compare>). */
async function openDeckOnAnExample(page: Page) {
  await page.goto(`lessons/${slug}/slides/`);
  const slide = await page.evaluate(() => {
    const slides = [...document.querySelectorAll("[data-canvas] > .slide")];
    return slides.findIndex((candidate) => candidate.querySelector("[data-playground]:not([data-compare] *)")) + 1;
  });
  expect(slide).toBeGreaterThan(0);
  await page.goto(`lessons/${slug}/slides/#${slide}`);
  await expect(page.locator("[data-deck][data-ready]")).toBeAttached();
  return currentSlide(page).locator("[data-playground]").first();
}

test("a double-click on Run in an article runs the example once, to the end", async ({ page }) => {
  await countRunsAndFrames(page);
  await page.goto("lessons/generators/");
  const eager = example(page, "eagerRange").first();
  await eager.getByRole("button", { name: "Run", exact: true }).dblclick();
  await expect(outputOf(eager)).toContainText(/done in \d+\.\d\d s/);
  await expect(outputOf(eager)).not.toContainText("stopped");
  await expect(eager.getByRole("button", { name: "Run", exact: true })).toBeVisible();
  expect((await counts(page)).runs).toBe(1);
});

test("a double-click on Run in a deck runs the example once, to the end", async ({ page }) => {
  await countRunsAndFrames(page);
  const figure = await openDeckOnAnExample(page);
  await figure.getByRole("button", { name: "Run", exact: true }).dblclick();
  await expect(outputOf(figure)).toContainText(/done in/, { timeout: 20_000 });
  await expect(outputOf(figure)).not.toContainText("stopped");
  await expect(figure.getByRole("button", { name: "Run", exact: true })).toBeVisible();
  expect((await counts(page)).runs).toBe(1);
});

test("300 forged mirror 'run' messages start one run in one sandbox", async ({ page }) => {
  await countRunsAndFrames(page);
  const figure = await openDeckOnAnExample(page);
  const id = await figure.getAttribute("data-id");
  await page.evaluate((id) => {
    const lesson = document.querySelector<HTMLElement>("[data-deck]")!.dataset.lesson;
    // Another object on the deck's own channel: the deck hears it as it would another window.
    const channel = new BroadcastChannel(`interleave:examples:${lesson}`);
    for (let i = 0; i < 300; i++) channel.postMessage({ role: "presenter", type: "run", id, from: "forged" });
  }, id);
  await expect(outputOf(figure)).toContainText(/done in/, { timeout: 20_000 });
  // What is left is the one spare sandbox kept warm for the next Run.
  await expect(sandboxFrames(page)).toHaveCount(1);
  const { runs, frames } = await counts(page);
  expect(runs).toBe(1);
  expect(frames).toBeLessThanOrEqual(2);
});

test("when the sandbox cannot load, Run comes back with the reason, and a retry runs", async ({ page }) => {
  let failing = true;
  await page.route(/browser-entry[^/]*\.js$/, (route) =>
    failing && route.request().resourceType() === "fetch" ? route.fulfill({ status: 503, body: "" }) : route.fallback(),
  );
  await page.goto("lessons/generators/");
  const eager = example(page, "eagerRange").first();
  await eager.getByRole("button", { name: "Run", exact: true }).click();
  await expect(outputOf(eager)).toContainText("Could not run: Could not load the sandbox (503)");
  await expect(eager.getByRole("button", { name: "Run", exact: true })).toBeVisible();

  failing = false;
  await eager.getByRole("button", { name: "Run", exact: true }).click();
  await expect(outputOf(eager)).toContainText(/done in/);
});

test("a forged mirror 'speed' the example does not offer leaves its speed as it was, and Run still runs", async ({ page }) => {
  await page.goto("lessons/async-await/slides/");
  const slide = await page.evaluate(() => [...document.querySelectorAll("[data-canvas] > .slide")].findIndex((candidate) => candidate.querySelector("[data-playground]:not([data-language=python]) [data-scale-select]")) + 1);
  expect(slide).toBeGreaterThan(0);
  await page.goto(`lessons/async-await/slides/#${slide}`);
  await expect(page.locator("[data-deck][data-ready]")).toBeAttached();
  // A TypeScript example: the seeds' Python originals on these slides have a speed too, and Run Python.
  const figure = currentSlide(page).locator("[data-playground]:not([data-language=python]):has([data-scale-select])").first();
  const speed = figure.getByRole("combobox", { name: /Speed/ });
  const before = await speed.inputValue();
  await page.evaluate((id) => {
    const lesson = document.querySelector<HTMLElement>("[data-deck]")!.dataset.lesson;
    const channel = new BroadcastChannel(`interleave:examples:${lesson}`);
    channel.postMessage({ role: "presenter", type: "speed", id, value: "1e9" });
    channel.postMessage({ role: "presenter", type: "speed", id, value: "" });
  }, await figure.getAttribute("data-id"));
  // The forged values arrive before this run's own messages: the select still shows the lesson's speed.
  const runButton = figure.getByRole("button", { name: "Run", exact: true });
  const start = (await runButton.count()) > 0 ? runButton : currentSlide(page).getByRole("button", { name: /^Run both/ }).first();
  await start.click();
  await expect(outputOf(figure)).toContainText(/done in/, { timeout: 30_000 });
  await expect(speed).toHaveValue(before);
});
