import { expect, type Locator, type Page } from "@playwright/test";
import { shareFragment } from "../../src/examples/share-link";

/** An example on the page, found by its title. */
export function example(page: Page, title: string | RegExp): Locator {
  return page.locator("figure").filter({ has: page.locator("figcaption", { hasText: title }) });
}

/** The output panel of an example (role log, named for output). */
export function outputOf(figure: Locator): Locator {
  return figure.getByRole("log", { name: /output/i });
}

/** Opens a lesson with `code` in one of its examples, the way a shared link does. */
export async function openWithCode(page: Page, lessonPath: string, exampleId: string, code: string): Promise<void> {
  await page.goto(`${lessonPath}${shareFragment("", exampleId, code)}`);
}

/**
 * Presses Stop as a reader would and returns the ms from the press (the input event's own time
 * stamp, so time it waited in a busy page counts) until "stopped" is in the page.
 */
export async function stopLatency(figure: Locator): Promise<number> {
  await figure.evaluate((root) => {
    const watch: { pressed?: number; shown?: number } = {};
    (window as unknown as { stopWatch: typeof watch }).stopWatch = watch;
    root.addEventListener("pointerdown", (event) => (watch.pressed = event.timeStamp), { capture: true, once: true });
    new MutationObserver(() => (watch.shown ??= root.querySelector(".pg-stopped") ? performance.now() : undefined)).observe(root, { childList: true, subtree: true });
  });
  await figure.getByRole("button", { name: /^Stop/ }).click();
  await expect(figure.locator(".pg-stopped")).toBeVisible();
  const { pressed, shown } = await figure.evaluate(() => (window as unknown as { stopWatch: { pressed: number; shown: number } }).stopWatch);
  return shown - pressed;
}
