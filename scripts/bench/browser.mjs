// Launches the Chromium the tests use (Debian's, or $CHROMIUM_PATH), quiet on a closed network.
import { chromium } from "@playwright/test";
import { chromiumArgs, chromiumPath } from "../browser-path.mjs";

export function launchBrowser() {
  return chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
}

/** A fresh context with nothing cached; service workers blocked unless asked for, so page figures stay the page's own. */
export function freshContext(browser, { serviceWorkers = "block" } = {}) {
  return browser.newContext({ serviceWorkers, viewport: { width: 1280, height: 800 } });
}
