import AxeBuilder from "@axe-core/playwright";
import { expect, test, type BrowserContext, type Page } from "@playwright/test";
import { openWithCode, outputOf, stopLatency } from "./support/examples";

/**
 * How long a first Run Python may take to print: download and start Pyodide in a fresh browser
 * context (2–3 s on a quiet machine; over a minute was seen on the shared 2-core runner under load).
 */
const COLD_START = 120_000;

/** The Python original whose code contains `text`. */
function pythonOriginal(page: Page, text: string) {
  return page.locator("figure[data-language='python']").filter({ hasText: text });
}

/** Every request for Pyodide's files, and every request that is not to the site itself. */
function watchRequests(context: BrowserContext, origin: string): { python: string[]; foreign: string[] } {
  const seen = { python: [] as string[], foreign: [] as string[] };
  context.on("request", (request) => {
    const url = request.url();
    if (url.includes("/_python/")) seen.python.push(url);
    if (!url.startsWith(origin) && !/^(data|blob|about):/.test(url)) seen.foreign.push(url);
  });
  return seen;
}

test("Run Python on jumping_range runs the seed as written and prints 0 2 3 2 3 4; Pyodide loads only when asked, from the site", async ({ page, baseURL }) => {
  test.setTimeout(180_000);
  const seen = watchRequests(page.context(), new URL(baseURL!).origin);
  await page.goto("lessons/sending-values/");
  const driver = pythonOriginal(page, "iterator.send(2)");
  await driver.hover();
  await driver.getByRole("button", { name: "Run Python" }).focus();
  expect(seen.python, "not a byte of Pyodide before Run Python is pressed").toEqual([]);
  await driver.getByRole("button", { name: "Run Python" }).click();
  await expect(outputOf(driver)).toContainText(/done in/, { timeout: COLD_START });
  await expect(outputOf(driver).locator(".pg-text")).toHaveText(["0", "2", "3", "2", "3", "4"]);
  expect(seen.python.length).toBeGreaterThan(0);
  expect(seen.foreign).toEqual([]);
});

test("a Python error is CPython's traceback, pointing at the line of the seed's code", async ({ page }) => {
  test.setTimeout(180_000);
  await openWithCode(page, "lessons/sending-values/", "sending-values/py1", "def f():\n    return 1 / 0\n\nf()\n");
  const figure = pythonOriginal(page, "return 1 / 0");
  await figure.getByRole("button", { name: "Run Python" }).click();
  const output = outputOf(figure);
  await expect(output).toContainText("Traceback (most recent call last):", { timeout: COLD_START });
  await expect(output).toContainText('File "seed.py", line 2, in f');
  await expect(output).toContainText("ZeroDivisionError: division by zero");
  await expect(output).not.toContainText("_pyodide");
});

test("Stop ends `while True: pass` at once, and the page stays responsive", async ({ page }) => {
  test.setTimeout(180_000);
  await openWithCode(page, "lessons/sending-values/", "sending-values/py1", "print('spinning')\nwhile True: pass\n");
  const figure = pythonOriginal(page, "while True: pass");
  await figure.getByRole("button", { name: "Run Python" }).click();
  await expect(outputOf(figure)).toContainText("spinning", { timeout: COLD_START });
  // Timed in the page, from the press's own time stamp to "stopped" shown: the test runner's round trips don't count.
  expect(await stopLatency(figure)).toBeLessThan(2_000);
  await expect(outputOf(figure)).toContainText("stopped");
  // The page answers at once: another example (TypeScript) runs to the end.
  const other = page.locator("figure[data-playground]:not([data-language])").first();
  await other.getByRole("button", { name: /^Run/ }).first().click();
  await expect(outputOf(other).first()).toContainText(/done in/, { timeout: 30_000 });
});

test("Compare with TypeScript runs the countdown A/B and its port together: the same interleaving, on one timeline", async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto("lessons/async-await/");
  const python = pythonOriginal(page, "asyncio.ensure_future(countdown");
  await python.getByRole("button", { name: "Compare with TypeScript" }).click();
  const comparison = python.getByRole("region", { name: "Python and TypeScript, on one time axis" });
  await expect(comparison).toContainText(/lines differ|same \d+ lines/, { timeout: COLD_START });
  const interleaving = ["T-minus 2 (A)", "T-minus 3 (B)", "T-minus 1 (A)", "T-minus 2 (B)", "T-minus 1 (B)"];
  await expect(outputOf(python).locator(".pg-text")).toHaveText(interleaving);
  const port = page.locator("figure[data-playground]").filter({ has: page.locator("figcaption", { hasText: "Concurrently" }) }).first();
  await expect(outputOf(port).locator(".pg-text")).toHaveText([...interleaving, "Time taken: 3s"]);
  // The five lines match, at the same times; the port's extra "Time taken" line is the one difference.
  await expect(comparison).toContainText("1 of 6 lines differ (highlighted): 1 printed by one side only.");
  await expect(outputOf(port).locator(".pg-line.pg-differs")).toHaveText([/Time taken: 3s/]);
  await expect(outputOf(python).locator(".pg-line.pg-differs")).toHaveCount(0);
  // One time axis: a lane per task of each language.
  const timeline = comparison.getByRole("img");
  await expect(timeline).toHaveCount(1);
  await expect(comparison).toContainText("Python");
  await expect(comparison).toContainText("TypeScript");
  // Run, compared and highlighted, it stays accessible (WCAG 2.x A/AA).
  const { violations } = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .include("figure[data-language='python']")
    .analyze();
  expect(violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`)).toEqual([]);
});

test("Compare with TypeScript runs seed 003's gallery and its port together: the same ten images in the same order, at the same times", async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto("lessons/async-iteration/");
  const python = pythonOriginal(page, "from gallery import Gallery");
  await python.getByRole("button", { name: "Compare with TypeScript" }).click();
  const comparison = python.getByRole("region", { name: "Python and TypeScript, on one time axis" });
  await expect(comparison).toContainText(/lines differ|same \d+ lines/, { timeout: COLD_START });
  await expect(comparison).toContainText("The same 11 lines, in the same order, at the same times (last at 1.26 s).");
  await expect(outputOf(python).locator(".pg-text").last()).toHaveText("TOTAL BYTES: 149_841_550");
  const port = page.locator("figure[data-playground]").filter({ has: page.locator("figcaption", { hasText: "Ten images, shown as they arrive" }) });
  await expect(outputOf(port).locator(".pg-text").first()).toHaveText(/^\( 1\) 14_739_448 bytes \| USS_Akron/);
  await expect(page.locator(".pg-line.pg-differs")).toHaveCount(0);
});

test("Compare with TypeScript on a REPL session (the averager) pairs the four averages and highlights only the REPL's echo", async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto("lessons/sending-values/");
  const python = pythonOriginal(page, "coro_avg = averager()");
  await python.getByRole("button", { name: "Compare with TypeScript" }).click();
  const comparison = python.getByRole("region", { name: "Python and TypeScript, on one time axis" });
  await expect(comparison).toContainText("5 of 9 lines differ (highlighted): 5 printed by one side only.", { timeout: COLD_START });
  await expect(outputOf(python).locator(".pg-line.pg-differs .pg-text")).toHaveText([/^>>> coro_avg = averager/, /^>>> next/, /^>>> coro_avg.send\(10\)/, /^>>> coro_avg.send\(30\)/, /^>>> coro_avg.send\(5\)/]);
  const port = page.locator("figure[data-playground]").filter({ has: page.locator("figcaption", { hasText: /^averager$/ }) });
  await expect(outputOf(port).locator(".pg-text")).toHaveText(["0.0", "10.0", "20.0", "15.0"]);
  await expect(outputOf(port).locator(".pg-line.pg-differs")).toHaveCount(0);
});

test("after choosing to keep Python for offline, Run Python works with no network", async ({ browser, baseURL }) => {
  test.setTimeout(180_000);
  const context = await browser.newContext({ baseURL, serviceWorkers: "allow" });
  const page = await context.newPage();
  await page.goto("lessons/sending-values/");
  await expect(page.locator("[data-offline-status]").first()).toHaveText("Ready offline", { timeout: COLD_START });
  const driver = pythonOriginal(page, "iterator.send(2)");
  await driver.getByRole("button", { name: "Keep Python for offline" }).click();
  await expect(driver.getByRole("button", { name: "Python kept for offline" })).toBeDisabled({ timeout: COLD_START });
  await context.setOffline(true);
  await page.reload();
  const offline = pythonOriginal(page, "iterator.send(2)");
  // The page remembers the choice: no button asks again.
  await expect(offline.getByRole("button", { name: "Python kept for offline" })).toBeDisabled();
  await offline.getByRole("button", { name: "Run Python" }).click();
  await expect(outputOf(offline)).toContainText(/done in/, { timeout: COLD_START });
  await expect(outputOf(offline).locator(".pg-text")).toHaveText(["0", "2", "3", "2", "3", "4"]);
  await context.close();
});
