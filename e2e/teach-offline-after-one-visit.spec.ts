import { expect, test, type Page } from "@playwright/test";
import { cpSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:net";
import { join } from "node:path";
import { startStaticServer } from "../scripts/static-server.mjs";
import { outputOf } from "./support/examples";
import { lessonFiles, portuguesePublished } from "./support/lessons";
import { ptBR } from "../src/lib/i18n/pt-br";
import { offlineIndicator, rootSiteDir, subPathOrigin, waitUntilReadyOffline } from "./support/offline";

const lessons = lessonFiles();
const [first, second, third] = lessons;

/** Runs the first example on the page and waits for its last line. */
async function runFirstExample(page: Page): Promise<void> {
  const figure = page.locator("[data-playground]").first();
  await figure.getByRole("button", { name: "Run", exact: true }).click();
  await expect(outputOf(figure)).toContainText(/done in/, { timeout: 30_000 });
}

test("after one visit, another lesson opens, runs and edits with the network off", async ({ page, context }) => {
  test.setTimeout(120_000);
  await page.goto(`lessons/${first!.slug}/`);
  await waitUntilReadyOffline(page);

  await context.setOffline(true);
  await page.goto(`lessons/${second!.slug}/`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(second!.title);
  await expect(offlineIndicator(page)).toHaveText("Ready offline");
  await runFirstExample(page);

  // Edit loads Monaco and its TypeScript worker; the edited code compiles with esbuild-wasm — all from the precache.
  const figure = page.locator("[data-playground]").first();
  await figure.getByRole("button", { name: "Edit", exact: true }).click();
  const editor = figure.getByRole("textbox", { name: /code editor/ });
  await expect(editor).toBeFocused({ timeout: 30_000 });
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.insertText('console.log("edited offline");\n');
  await page.keyboard.press("ControlOrMeta+Enter");
  await expect(outputOf(figure)).toContainText("edited offline", { timeout: 30_000 });

  // The deck of a third lesson, too.
  await page.goto(`lessons/${third!.slug}/slides/#2`);
  await expect(page.locator(".slide[data-current]")).toBeVisible();
});

test("the precache downloads compressed bytes: the 14 MB esbuild wasm arrives as about 3 MB of brotli", async ({ page }) => {
  test.setTimeout(90_000);
  const sent = new Map<string, number>();
  await withServer(rootSiteDir, async (origin, server) => {
    server.on("request", (request, response) => {
      const end = response.end.bind(response);
      // Count the bytes each response body really carried over the wire.
      response.end = ((body?: Buffer) => {
        sent.set(new URL(request.url ?? "/", origin).pathname, body?.length ?? 0);
        return end(body);
      }) as typeof response.end;
    });
    await page.goto(`${origin}/lessons/${first!.slug}/`);
    await waitUntilReadyOffline(page);
  });
  const wasm = [...sent].find(([path]) => path.endsWith(".wasm"));
  expect(wasm, "the service worker fetched the esbuild wasm").toBeTruthy();
  expect(wasm![1]).toBeLessThan(4 * 1024 * 1024);
  const total = [...sent.values()].reduce((sum, bytes) => sum + bytes, 0);
  expect(total).toBeLessThan(6.5 * 1024 * 1024);
});

test("a new deploy offers Reload, never reloads by itself, and Reload keeps the speaker's slide", async ({ page }) => {
  test.setTimeout(120_000);
  const work = test.info().outputPath("deploys");
  const [before, after] = [join(work, "before"), join(work, "after")];
  cpSync(rootSiteDir, before, { recursive: true });
  cpSync(rootSiteDir, after, { recursive: true });
  publishChangedHome(after);

  const port = await freePort();
  const deck = `http://localhost:${port}/lessons/${first!.slug}/slides/#3`;
  await withServer(before, async () => {
    await page.goto(deck);
    await waitUntilReadyOffline(page);
  }, port);
  await page.evaluate(() => ((window as unknown as { stayedOpen: boolean }).stayedOpen = true));

  await withServer(after, async () => {
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((registration) => registration?.update()));
    const prompt = page.getByRole("status").filter({ hasText: "A new version is available" });
    await expect(prompt).toBeVisible({ timeout: 60_000 });
    // Still the same page, on the same slide: nothing reloaded.
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => (window as unknown as { stayedOpen?: boolean }).stayedOpen)).toBe(true);
    await expect(page).toHaveURL(/#3$/);

    const reloaded = page.waitForEvent("load");
    await prompt.getByRole("button", { name: "Reload" }).click();
    await reloaded;
    expect(await page.evaluate(() => (window as unknown as { stayedOpen?: boolean }).stayedOpen)).toBeUndefined();
    await expect(page).toHaveURL(/slides\/#3$/);
    await expect(page.locator(".slide[data-current]")).toHaveCount(1);
    await expect(page.getByRole("navigation", { name: "Slide controls" }).getByText(/^3 \//)).toBeVisible();
    await expect(page.getByText("A new version is available")).toHaveCount(0);
    await page.goto(`http://localhost:${port}/`);
    await expect(page.locator("html")).toHaveAttribute("data-deployed", "after");
  }, port);
  rmSync(work, { recursive: true, force: true });
});

test("the course built for /course/ works offline after one visit", async ({ page, context }) => {
  test.setTimeout(120_000);
  await page.goto(`${subPathOrigin}/course/lessons/${second!.slug}/`);
  await waitUntilReadyOffline(page);
  await context.setOffline(true);
  await page.goto(`${subPathOrigin}/course/lessons/${first!.slug}/`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(first!.title);
  await runFirstExample(page);
  await page.goto(`${subPathOrigin}/course/`);
  await expect(page.getByRole("heading", { level: 1, name: "Interleave" })).toBeVisible();
});

/** Changes the home page in a copy of the build, and its revision in sw.js, as a real rebuild would. */
function publishChangedHome(directory: string): void {
  const page = join(directory, "index.html");
  writeFileSync(page, readFileSync(page, "utf8").replace("<html ", '<html data-deployed="after" '));
  // The precompressed twins would still hold the old page.
  rmSync(`${page}.br`, { force: true });
  rmSync(`${page}.gz`, { force: true });
  const worker = join(directory, "sw.js");
  const changed = readFileSync(worker, "utf8").replace(/(url:"index\.html",revision:")[^"]+"/, '$1changed-by-test"');
  expect(changed, "sw.js lists index.html with a revision").toContain("changed-by-test");
  writeFileSync(worker, changed);
  rmSync(`${worker}.br`, { force: true });
  rmSync(`${worker}.gz`, { force: true });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe: Server = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** Serves `root` like `npm start` does while `use` runs, then stops (closing kept-alive connections too). */
async function withServer(
  root: string,
  use: (origin: string, server: import("node:http").Server) => Promise<void>,
  port?: number,
): Promise<void> {
  const listenOn = port ?? (await freePort());
  const server = await startStaticServer({ root, base: "/", port: listenOn });
  try {
    await use(`http://localhost:${listenOn}`, server);
  } finally {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
}

/** Every URL path in the page's Cache Storage. */
const cachedPaths = (page: Page) =>
  page.evaluate(async () => {
    const paths: string[] = [];
    for (const name of await caches.keys()) for (const request of await (await caches.open(name)).keys()) paths.push(new URL(request.url).pathname);
    return paths;
  });

test("a Portuguese reader's visit keeps the Portuguese edition offline, and the English one only once they open it", async ({ page, context }) => {
  test.skip(!portuguesePublished, "the pt-BR edition is not published in this build");
  test.setTimeout(180_000);
  const [primeira, segunda] = lessonFiles("lessons-pt-br");
  await page.goto(`pt-br/lessons/${primeira!.slug}/`);
  await expect(offlineIndicator(page)).toHaveAttribute("data-state", "ready", { timeout: 60_000 });
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller)), { timeout: 10_000 }).toBe(true);
  const portuguese = await cachedPaths(page);
  expect(portuguese).toContain(`/pt-br/lessons/${segunda!.slug}/index.html`);
  expect(portuguese.filter((path) => path.startsWith("/lessons/")), "no English page in a Portuguese reader's precache").toEqual([]);

  await context.setOffline(true);
  await page.goto(`pt-br/lessons/${segunda!.slug}/`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(segunda!.title);
  await context.setOffline(false);

  await page.goto(`lessons/${first!.slug}/`);
  await expect.poll(async () => (await cachedPaths(page)).filter((path) => path.startsWith("/lessons/")).length, { timeout: 60_000 }).toBeGreaterThan(0);
});

test("an English reader who opens the Portuguese edition gets it saved for offline, with no update prompt", async ({ page }) => {
  test.skip(!portuguesePublished, "the pt-BR edition is not published in this build");
  test.setTimeout(180_000);
  await page.goto(`lessons/${first!.slug}/`);
  await waitUntilReadyOffline(page);

  const [primeira] = lessonFiles("lessons-pt-br");
  await page.goto(`pt-br/lessons/${primeira!.slug}/`);
  // The English worker controls this page at first; only the Portuguese one's own install makes it ready.
  await expect(offlineIndicator(page)).toHaveAttribute("data-state", "ready", { timeout: 60_000 });
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller?.scriptURL), { timeout: 10_000 }).toMatch(/\/pt-br\/sw\.js$/);
  await expect(page.getByRole("button", { name: ptBR["update.reload"] })).toHaveCount(0);
});
