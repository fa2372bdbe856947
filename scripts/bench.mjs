// `npm run bench`: builds, serves dist/ like `npm start`, drives Chromium, and prints each figure beside its budget.
//   --skip-build   measure the existing dist/ (no build figure)
//   --warm         time the build with the compression cache kept (default: cold, as on a fresh clone)
//   --only=a,b     run only the named figure modules (see scripts/bench/index.mjs)
//   --strict       exit 1 when a figure misses its budget (default: the table says so, exit 0)
import { resolve } from "node:path";
import { measureBuild } from "./bench/build-time.mjs";
import { launchBrowser } from "./bench/browser.mjs";
import { figures } from "./bench/index.mjs";
import { editions, lessons as readLessons } from "./bench/lessons.mjs";
import { serveSite } from "./bench/site.mjs";
import { formatTable } from "./bench/table.mjs";

const args = process.argv.slice(2);
const only = args.find((arg) => arg.startsWith("--only="))?.slice(7).split(",");
const log = (line) => console.error(`· ${line}`);

const results = [];
if (!args.includes("--skip-build")) {
  log("building (npm run build)…");
  results.push(...(await measureBuild({ warm: args.includes("--warm") })));
}

const siteDirectory = resolve(import.meta.dirname, "..", process.env.SITE_DIR ?? "dist");
const site = await serveSite(siteDirectory);
const browser = await launchBrowser();
// Figures that differ by edition (bytes, precache, first output) are measured in each the site holds.
const context = { site, browser, lessons: readLessons(), editions: editions(siteDirectory), log };
try {
  for (const module of figures.filter((figure) => !only || only.includes(figure.name))) {
    log(`measuring ${module.name}…`);
    const started = performance.now();
    try {
      results.push(...(await module.run(context)));
    } catch (error) {
      results.push({ group: module.name, figure: module.name, value: "not measured", budget: "", pass: false, note: String(error).split("\n")[0] });
    }
    log(`${module.name} took ${((performance.now() - started) / 1000).toFixed(0)} s`);
  }
} finally {
  await browser.close();
  await site.close();
}

console.log(`\nInterleave bench — ${new Date().toISOString()}\n`);
console.log(formatTable(results));
process.exitCode = args.includes("--strict") && results.some((figure) => figure.pass === false) ? 1 : 0;
