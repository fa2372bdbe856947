import { expect, type Page } from "@playwright/test";
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { sites } from "../../playwright.config";

/** The built site's directory (playwright.config.ts's `dist`, from the repository root; ROOT_SITE_DIR for a scratch run). */
export const rootSiteDir = resolve(import.meta.dirname, "../..", process.env.ROOT_SITE_DIR ?? sites.root.dir);

/** The presenter view exists once the live-talks work has landed: pages check it whenever the build has it. */
export const hasPresenter = (slug: string) => existsSync(resolve(rootSiteDir, `lessons/${slug}/presenter/index.html`));

/** Where the /course/ build is served: playwright.config.ts's, unless SUB_PATH_ORIGIN points a scratch run elsewhere. */
export const subPathOrigin = process.env.SUB_PATH_ORIGIN ?? `http://localhost:${sites.subPath.port}`;

/** The header's (or deck's) offline indicator. */
export const offlineIndicator = (page: Page) => page.locator("[data-offline-status]").first();

/** Waits until the service worker has precached the whole course and controls the page. */
export async function waitUntilReadyOffline(page: Page): Promise<void> {
  await expect(offlineIndicator(page)).toHaveText("Ready offline", { timeout: 60_000 });
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller)), { timeout: 10_000 }).toBe(true);
}
