import { expect, test, type BrowserContext, type Page } from "@playwright/test";
import { lessonFiles } from "./support/lessons";
import { outputOf } from "./support/examples";
import { hasPresenter, waitUntilReadyOffline } from "./support/offline";

const lessons = lessonFiles();

/** Every request the context makes (pages, workers, the service worker) that is not to the site itself. */
function watchForeignRequests(context: BrowserContext, origin: string): string[] {
  const foreign: string[] = [];
  context.on("request", (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !/^(data|blob|about):/.test(url)) foreign.push(url);
  });
  return foreign;
}

/** Runs the first example on the page and opens its editor: Monaco, its workers, fonts and esbuild all load. */
async function runAndEdit(page: Page): Promise<void> {
  const figure = page.locator("[data-playground]:visible").filter({ has: page.getByRole("button", { name: "Run", exact: true }) }).first();
  await figure.getByRole("button", { name: "Run", exact: true }).click();
  await expect(outputOf(figure)).toContainText(/done in|Error/, { timeout: 30_000 });
  await figure.getByRole("button", { name: "Edit", exact: true }).click();
  await expect(figure.locator(".monaco-editor")).toBeVisible({ timeout: 30_000 });
  await page.keyboard.type(" ");
  await page.keyboard.press("ControlOrMeta+Enter");
  await expect(outputOf(figure)).toContainText(/done in|Error/, { timeout: 30_000 });
  // Let Monaco's codicon font and late worker requests happen before the check: the page asks
  // for nothing new for a second. (Not "networkidle": a streamed wasm fetch can stay open.)
  await page.evaluate(() => document.fonts.ready);
  let lastRequest = Date.now();
  const onRequest = () => (lastRequest = Date.now());
  page.context().on("request", onRequest);
  await expect.poll(() => Date.now() - lastRequest, { timeout: 30_000 }).toBeGreaterThan(1_000);
  page.context().off("request", onRequest);
}

test("the home page and every lesson, as article, deck and presenter view, ask only the site itself", async ({ page, context, baseURL }) => {
  test.setTimeout(180_000);
  const origin = new URL(baseURL!).origin;
  const foreign = watchForeignRequests(context, origin);
  const paths = ["", ...lessons.flatMap(({ slug }) => [`lessons/${slug}/`, `lessons/${slug}/slides/`, ...(hasPresenter(slug) ? [`lessons/${slug}/presenter/`] : [])])];
  for (const path of paths) await page.goto(path, { waitUntil: "load" });
  // The service worker's precache of the whole course, too.
  await page.goto("./");
  await waitUntilReadyOffline(page);
  expect(foreign).toEqual([]);
});

test("running and editing an example, in an article and in a deck, asks only the site itself", async ({ page, context, baseURL }) => {
  test.setTimeout(120_000);
  const foreign = watchForeignRequests(context, new URL(baseURL!).origin);
  await page.goto(`lessons/${lessons[1]!.slug}/`);
  await runAndEdit(page);
  const deck = `lessons/${lessons[1]!.slug}/slides/`;
  await page.goto(deck);
  // The first slide with an example.
  const slide = await page.locator("[data-canvas] > .slide").evaluateAll((slides) => slides.findIndex((slide) => slide.querySelector('[data-playground] [data-action="run"][aria-label="Run"]')));
  await page.goto(`${deck}#${slide + 1}`);
  await runAndEdit(page);
  expect(foreign).toEqual([]);
});
