import { expect, test } from "@playwright/test";
import { example, outputOf } from "./support/examples";

test("a reader runs an example and reads its output, stamped, with the time it took", async ({ page }) => {
  await page.goto("lessons/generators/");
  const eager = example(page, "eagerRange").first();
  await eager.getByRole("button", { name: "Run", exact: true }).click();
  const output = outputOf(eager);
  await expect(output).toContainText("[0, 1, 2, 3, 4]");
  await expect(output).toContainText(/done in \d+\.\d\d s/);
  await expect(eager.getByRole("button", { name: "Run", exact: true })).toBeEnabled();
});

test("the promised output can be revealed and matches what the run printed", async ({ page }) => {
  await page.goto("lessons/generators/");
  const eager = example(page, "eagerRange").first();
  await eager.getByText("Expected output").click();
  await expect(eager.locator(".pg-expected pre")).toHaveText("[0, 1, 2, 3, 4]");
});

test("Run becomes Stop while an example runs, and timers keep printing after the module body ends", async ({ page }) => {
  await page.goto("lessons/async-await/");
  const countdown = example(page, /countdown/i).first();
  await countdown.getByRole("button", { name: /^Run/ }).first().click();
  await expect(countdown.getByRole("button", { name: /^Stop/ }).first()).toBeVisible();
  await expect(outputOf(countdown).first()).toContainText("T-minus", { timeout: 15_000 });
  await expect(outputOf(countdown).first()).toContainText(/done in/, { timeout: 15_000 });
});

test("Run both starts the sync and async versions together and draws them on one timeline", async ({ page }) => {
  // The sync side really blocks its worker for 12 s of wall time: give a loaded machine room.
  test.slow();
  await page.goto("lessons/why-concurrency/");
  const compare = page.locator("[data-compare]").first();
  await compare.getByRole("button", { name: "Run both" }).click();
  await expect(compare.getByRole("log", { name: "Output (one board at a time)" })).toContainText(/done in/, { timeout: 45_000 });
  await expect(compare.getByRole("log", { name: "Output (simultaneous)" })).toContainText(/done in/, { timeout: 45_000 });
  const timeline = compare.locator("[data-compare-timeline]");
  await expect(timeline.getByRole("img")).toHaveCount(1);
  await expect(timeline.getByText("Timeline as text")).toBeVisible();
});

test("the two sides of a comparison carry their own names: callbacks and await, not sync and async", async ({ page }) => {
  await page.goto("lessons/async-await/");
  const compare = page.locator("[data-compare]").filter({ has: page.getByText("Callbacks, nested") });
  const runBoth = compare.getByRole("button", { name: "Run both" });
  await expect(runBoth).toHaveAccessibleDescription("Callbacks and await start at the same moment, on one time axis.");
  await expect(compare.getByRole("button", { name: "Run callbacks" })).toBeVisible();
  await expect(compare.getByRole("button", { name: "Run await" })).toBeVisible();
  await runBoth.click();
  await expect(compare.getByRole("log", { name: "Output (callbacks)" })).toContainText("1 → 2 → 4 → 8 at 0.30s");
  await expect(compare.getByRole("log", { name: "Output (await)" })).toContainText("1 → 2 → 4 → 8 at 0.30s");
  await expect(compare.getByRole("button", { name: /^Run sync|^Run async/ })).toHaveCount(0);
});

test("a promise that fails with nobody awaiting it is named in the output, and the run goes on", async ({ page }) => {
  await page.goto("lessons/gather-race-cancel/");
  const compare = page.locator("[data-compare]").filter({ has: page.getByText("Nobody awaits the failure") });
  await compare.getByRole("button", { name: "Run both" }).click();
  const forgotten = compare.getByRole("log", { name: "Output (forgotten)" });
  await expect(forgotten).toContainText("Uncaught (in promise) Error: download failed: XX — nothing awaited or caught this promise");
  await expect(forgotten).toContainText("BR at 0.20s");
  const handled = compare.getByRole("log", { name: "Output (handled)" });
  await expect(handled).toContainText("handled at 0.10s: download failed: XX");
  await expect(handled).toContainText("BR at 0.20s");
  await expect(handled).not.toContainText("Uncaught");
});

test("an example that blocks stops its own heartbeat, while the page still scrolls", async ({ page }) => {
  await page.goto("lessons/gather-race-cancel/");
  const blocked = example(page, "A heartbeat that stops");
  await blocked.scrollIntoViewIfNeeded();
  await blocked.getByRole("button", { name: "Run", exact: true }).click();
  const output = outputOf(blocked);
  await expect(output).toContainText("blocking at 1.10s");
  // The example's thread is busy for 3 s: the page's is not.
  const before = await page.evaluate(() => scrollY);
  await page.mouse.wheel(0, 400);
  await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(before);
  await expect(output).not.toContainText("unblocked");
  await expect(output).toContainText("unblocked at 4.10s");
  await expect(output).toContainText("heartbeat 4.10s");
});
