// `npm run test:engines`: the user journeys in Firefox ESR and WebKitGTK against the built site (dist/).
//   ENGINES=firefox,webkit   which engines (default both)
//   --only=deck,trace        journeys whose file name contains one of these words
//   --lessons=executors      only lessons whose slug contains one of these words
//   --verbose                print each example's verdict as it runs
// Exits 1 when any journey fails in any engine. Every process it starts is ended, whatever happens.
import { existsSync } from "node:fs";
import { journeys } from "../../e2e/engines/index.mjs";
import { lessons } from "../bench/lessons.mjs";
import { enginePackages, wantedEngines } from "./engine-packages.mjs";
import { launchers } from "./launch.mjs";
import { serveBuiltSite } from "./site-process.mjs";

const args = process.argv.slice(2);
const only = args.find((arg) => arg.startsWith("--only="))?.slice(7).split(",");
const lessonWords = args.find((arg) => arg.startsWith("--lessons="))?.slice(10).split(",");
const verbose = args.includes("--verbose");
const say = (line) => console.log(line);
const chosen = journeys.filter((journey) => !only || only.some((word) => journey.name.includes(word)));

/** Runs `journey` on `page`, failing it when it outlives its timeout or leaves page errors. */
async function runJourney(journey, page, context) {
  const timeout = journey.timeout ?? 3 * 60_000;
  let timer;
  const expired = new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`did not finish within ${timeout / 60_000} min`)), timeout)));
  try {
    const summary = await Promise.race([journey.run(page, context), expired]);
    const errors = await page.takePageErrors();
    if (errors.length) throw new Error(`page errors:\n  ${errors.join("\n  ")}`);
    return { ok: true, summary };
  } catch (error) {
    const errors = await page.takePageErrors().catch(() => []);
    return { ok: false, summary: `${error.message}${errors.length ? `\npage errors:\n  ${errors.join("\n  ")}` : ""}` };
  } finally {
    clearTimeout(timer);
  }
}

/** Every chosen journey in one engine; a browser that failed a journey is replaced before the next. */
async function runEngine(engine, site) {
  const chosenLessons = lessons().filter((lesson) => !lessonWords || lessonWords.some((word) => lesson.slug.includes(word)));
  const context = { site, lessons: chosenLessons, log: verbose ? (line) => say(`    ${line}`) : () => {} };
  const results = [];
  let page;
  try {
    // A journey may name the engines it is for (`engines: ["firefox"]`); the rest run everywhere.
    for (const journey of chosen.filter((candidate) => !candidate.engines || candidate.engines.includes(engine))) {
      page ??= await launchers[engine]();
      if (results.length === 0) say(`\n${page.name}`);
      const started = Date.now();
      const result = await runJourney(journey, page, context);
      results.push(result);
      say(`  ${result.ok ? "✓" : "✗"} ${journey.name} (${((Date.now() - started) / 1000).toFixed(0)} s)`);
      say(result.summary.split("\n").map((line) => `      ${line}`).join("\n"));
      if (!result.ok) {
        await page.close();
        page = undefined;
      }
    }
  } catch (error) {
    results.push({ ok: false });
    say(`  ✗ ${engine} could not be driven: ${error.message}`);
  } finally {
    await page?.close();
  }
  return results;
}

const engines = wantedEngines();
const absent = engines.flatMap((engine) => enginePackages[engine].filter((need) => !existsSync(need.path)).map((need) => `${need.path} (${need.debian})`));
if (absent.length) {
  console.error(`Missing: ${absent.join(", ")}. Run node scripts/ensure-browser.mjs as root, or set ENGINES.`);
  process.exit(1);
}
const started = Date.now();
const site = await serveBuiltSite();
let failures = 0;
try {
  for (const engine of engines) failures += (await runEngine(engine, site)).filter((result) => !result.ok).length;
} finally {
  await site.end();
}
say(`\n${failures ? `${failures} journey(s) failed` : "every journey passed"} in ${engines.join(" and ") || "no engine"} (${((Date.now() - started) / 1000).toFixed(0)} s)`);
process.exit(failures ? 1 : 0);
