// Which Chromium the tests drive: $CHROMIUM_PATH, else Debian's, else Playwright's own (elsewhere).
import { existsSync } from "node:fs";

export const defaultChromium = "/usr/bin/chromium";

/** The browser executable to launch, or undefined to let Playwright use its managed browser. */
export function chromiumPath() {
  const wanted = process.env.CHROMIUM_PATH ?? defaultChromium;
  return existsSync(wanted) ? wanted : undefined;
}

/** Flags that keep Chromium quiet on a closed network and in containers. */
export const chromiumArgs = [
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
  "--disable-sync",
  "--disable-quic",
];
