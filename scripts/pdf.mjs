// `npm run pdf`: one PDF per lesson deck in pdf/ — one 16:9 slide per page (1280×720 px), every
// step revealed, examples as highlighted code with their promised output, notes left out.
// Drives the built site (the deck's `?print` layout) in Chromium; no network needed.
//   node scripts/pdf.mjs [--site dist] [--base /] [--out pdf] [--only <slug>] [--edition en|pt-br|all] [--dark]
// Each edition the site holds gets its own PDFs: pdf/<slug>.pdf in English, pdf/pt-br/<slug>.pdf in Portuguese.
//   node scripts/pdf.mjs --url http://localhost:4322/ …   (a site already being served)
import { mkdir, readdir, stat } from "node:fs/promises";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { chromium } from "@playwright/test";
import { chromiumArgs, chromiumPath } from "./browser-path.mjs";
import { startStaticServer } from "./static-server.mjs";

const { values: options } = parseArgs({
  options: {
    site: { type: "string", default: "dist" },
    base: { type: "string", default: "/" },
    url: { type: "string" },
    out: { type: "string", default: "pdf" },
    only: { type: "string" },
    edition: { type: "string", default: "all" },
    dark: { type: "boolean", default: false },
  },
});

/** Lesson slugs with a deck in a built site directory's edition ("" for English, "pt-br/"). */
async function slugsInDirectory(site, prefix = "") {
  const lessons = join(site, prefix, "lessons");
  const names = await readdir(lessons).catch(() => {
    if (prefix) return [];
    throw new Error(`No built site at ${site}: run \`npm run build\` first.`);
  });
  const slugs = [];
  for (const name of names.sort()) {
    if (await stat(join(lessons, name, "slides", "index.html")).catch(() => undefined)) slugs.push(name);
  }
  return slugs;
}

/** Lesson slugs whose decks the served edition's home page links to (none when the edition is absent). */
async function slugsOnHomePage(siteUrl, prefix = "") {
  const response = await fetch(new URL(prefix, siteUrl));
  if (!response.ok && prefix) return [];
  const html = await response.text();
  return [...new Set([...html.matchAll(/href="[^"]*\/lessons\/([^/"]+)\/slides\/"/g)].map((match) => match[1]))];
}

/** Serves the built directory on a free port unless a URL was given; resolves with the site URL and a stop. */
async function openSite() {
  if (options.url) return { siteUrl: new URL(options.url).href, stop: () => {} };
  const base = `/${options.base.replace(/^\/+|\/+$/g, "")}/`.replace("//", "/");
  const server = await startStaticServer({ root: resolve(options.site), base, port: 0, host: "127.0.0.1" });
  const { port } = /** @type {import("node:net").AddressInfo} */ (server.address());
  return { siteUrl: `http://127.0.0.1:${port}${base}`, stop: () => server.close() };
}

const prefixes = { all: ["", "pt-br/"], en: [""], "pt-br": ["pt-br/"] }[options.edition];
if (!prefixes) throw new Error(`--edition is en, pt-br or all, not "${options.edition}".`);
const { siteUrl, stop } = await openSite();
/** Every deck to print: its edition's folder and slug. */
const decks = [];
for (const prefix of prefixes) {
  const all = options.url ? await slugsOnHomePage(siteUrl, prefix) : await slugsInDirectory(resolve(options.site), prefix);
  decks.push(...(options.only ? all.filter((slug) => slug === options.only) : all).map((slug) => ({ prefix, slug })));
}
if (decks.length === 0) {
  stop();
  throw new Error(options.only ? `No deck named "${options.only}".` : "No lesson decks found.");
}
const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
try {
  const context = await browser.newContext({ colorScheme: options.dark ? "dark" : "light", viewport: { width: 1280, height: 720 } });
  for (const { prefix, slug } of decks) {
    const page = await context.newPage();
    await page.goto(new URL(`${prefix}lessons/${slug}/slides/?print`, siteUrl).href);
    await page.locator("[data-print-ready]").waitFor({ state: "attached", timeout: 30_000 });
    const slides = await page.locator(".print-page").count();
    await mkdir(join(options.out, prefix), { recursive: true });
    const path = join(options.out, prefix, `${slug}.pdf`);
    await page.pdf({ path, preferCSSPageSize: true, printBackground: true });
    console.log(`${path}  ${slides} slides`);
    await page.close();
  }
} finally {
  await browser.close();
  stop();
}
