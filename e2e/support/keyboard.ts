import type { Page } from "@playwright/test";

/** What has focus, in words a test can match: "<tag> <accessible-ish name>". */
export function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element) return "";
    const name = element.getAttribute("aria-label") ?? element.textContent ?? "";
    return `${element.tagName.toLowerCase()} ${name.replace(/\s+/g, " ").trim()}`;
  });
}

/** Presses Tab (or Shift+Tab) until focus matches, as a keyboard user would; fails after `limit` presses. */
export async function tabTo(page: Page, wanted: RegExp, { backwards = false, limit = 200 } = {}): Promise<void> {
  for (let presses = 0; presses < limit; presses++) {
    if (wanted.test(await focused(page))) return;
    await page.keyboard.press(backwards ? "Shift+Tab" : "Tab");
  }
  throw new Error(`Focus never reached ${wanted} in ${limit} presses (last: ${await focused(page)})`);
}
