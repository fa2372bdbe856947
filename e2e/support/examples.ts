import type { Locator, Page } from "@playwright/test";
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
