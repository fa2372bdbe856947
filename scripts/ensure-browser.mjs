// Before the tests: make sure there are browsers to drive — Chromium for Playwright, and Firefox ESR
// and WebKitGTK for the engine journeys ($ENGINES) — installing Debian's packages when we can.
import { execSync } from "node:child_process";
import { existsSync } from "node:fs";
import { chromiumPath, defaultChromium } from "./browser-path.mjs";
import { enginePackages, wantedEngines } from "./engines/engine-packages.mjs";

const playwrightManaged = () => {
  try {
    return execSync("node -e \"console.log(require('playwright-core').chromium.executablePath())\"", { encoding: "utf8" }).trim();
  } catch {
    return "";
  }
};

const canUseApt = process.platform === "linux" && process.getuid?.() === 0 && existsSync("/usr/bin/apt-get");
const missing = [];

if (chromiumPath()) {
  console.log(`Browser: ${chromiumPath()}`);
} else if (process.env.CHROMIUM_PATH) {
  console.error(`CHROMIUM_PATH=${process.env.CHROMIUM_PATH} does not exist.`);
  process.exit(1);
} else if (existsSync(playwrightManaged())) {
  console.log(`Browser: Playwright's Chromium at ${playwrightManaged()}`);
} else {
  missing.push({ path: defaultChromium, debian: "chromium" });
}
for (const engine of wantedEngines()) {
  for (const need of enginePackages[engine]) {
    if (existsSync(need.path)) console.log(`${engine}: ${need.path}`);
    else missing.push(need);
  }
}

if (missing.length > 0) {
  const packages = [...new Set(missing.map((need) => need.debian))].join(" ");
  if (canUseApt) {
    // One apt-get for everything missing: the package lists are fetched once.
    console.log(`Installing Debian packages: ${packages} (apt-get)…`);
    execSync(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${packages}`, { stdio: "inherit" });
  }
  const stillMissing = missing.filter((need) => !existsSync(need.path));
  if (stillMissing.length > 0) {
    console.error(
      `The tests need ${stillMissing.map((need) => need.path).join(", ")}, and ${canUseApt ? "apt-get did not provide them" : "they are not installed"}.\n` +
        `  Debian/Ubuntu: sudo apt-get install -y ${packages}      (then run the tests again)\n` +
        "  Elsewhere:     npx playwright install chromium, or set CHROMIUM_PATH=/path/to/chrome;\n" +
        "                 ENGINES=\"\" skips the Firefox/WebKit journeys, ENGINES=firefox runs just one.",
    );
    process.exit(1);
  }
}
