import { expect, test } from "@playwright/test";
import { example, outputOf } from "./support/examples";

test.beforeEach(async ({ page }) => {
  await page.goto("lessons/many-downloads/");
});

test("one failure aborts the downloads still in flight, and their lanes end at the failure", async ({ page }) => {
  const group = example(page, "The first failure aborts every download");
  await group.getByRole("button", { name: "Run", exact: true }).click();
  const output = outputOf(group);
  await expect(output).toContainText("failed at 0.50s: download failed: XX; 11 flags done");
  await expect(output).toContainText("stopped at 0.50s: IN ID PK NG MX PH ET IR CD");
  await expect(output).toContainText("at 1.50s: still 11 flags done", { timeout: 15_000 });
  // The timeline's text: the slowest flag's lane ends on the failure, not at its 0.97 s.
  await group.getByText("Timeline as text").click();
  await expect(group.getByText(/^CD: started at 0\.00 s, ended at 0\.50 s/)).toBeVisible();
});

test("a deadline per flag and a Stop for the batch tell their aborts apart", async ({ page }) => {
  const batch = example(page, "AbortSignal.any: a timeout per flag, a Stop for the batch");
  await batch.getByRole("button", { name: "Run", exact: true }).click();
  const output = outputOf(batch);
  await expect(output).toContainText("CD: TimeoutError at 1.35s", { timeout: 15_000 });
  await expect(output).toContainText("ET: AbortError at 3.00s", { timeout: 15_000 });
  await expect(output).toContainText("5 flags downloaded");
});

test("the semaphore's waiters, parked on Promise.withResolvers, let five through at a time", async ({ page }) => {
  const bounded = example(page, "Bounded concurrency");
  await bounded.getByRole("button", { name: "Run", exact: true }).click();
  await expect(outputOf(bounded)).toContainText("20 flags downloaded in 2.51s", { timeout: 15_000 });
});
