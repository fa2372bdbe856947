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
