// Before the tests: make sure there is a Chromium to drive, installing Debian's when we can.
import { execSync } from "node:child_process";
import { existsSync } from "node:fs";
import { chromiumPath, defaultChromium } from "./browser-path.mjs";

const playwrightManaged = () => {
  try {
    return execSync("node -e \"console.log(require('playwright-core').chromium.executablePath())\"", { encoding: "utf8" }).trim();
  } catch {
    return "";
  }
};

if (chromiumPath()) {
  console.log(`Browser: ${chromiumPath()}`);
} else if (process.env.CHROMIUM_PATH) {
  console.error(`CHROMIUM_PATH=${process.env.CHROMIUM_PATH} does not exist.`);
  process.exit(1);
} else if (existsSync(playwrightManaged())) {
  console.log(`Browser: Playwright's Chromium at ${playwrightManaged()}`);
} else if (process.platform === "linux" && process.getuid?.() === 0 && existsSync("/usr/bin/apt-get")) {
  console.log("No Chromium found: installing Debian's chromium package (apt-get)…");
  execSync("apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium", { stdio: "inherit" });
  if (!existsSync(defaultChromium)) process.exit(1);
} else {
  console.error(
    "The end-to-end tests need Chromium and none was found.\n" +
      "  Debian/Ubuntu: sudo apt-get install -y chromium      (then run the tests again)\n" +
      "  Elsewhere:     npx playwright install chromium        or set CHROMIUM_PATH=/path/to/chrome",
  );
  process.exit(1);
}
