// `npm run pdf`: one PDF per lesson deck in pdf/ — one 16:9 slide per page (1280×720 px), every
// step revealed, examples as highlighted code with their promised output, notes left out.
// Drives the built site (the deck's `?print` layout) in Chromium; no network needed.
//   node scripts/pdf.mjs [--site dist] [--base /] [--out pdf] [--only <slug>] [--dark]
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
    dark: { type: "boolean", default: false },
  },
});

/** Lesson slugs with a deck in a built site directory. */
async function slugsInDirectory(site) {
  const lessons = join(site, "lessons");
  const names = await readdir(lessons).catch(() => {
    throw new Error(`No built site at ${site}: run \`npm run build\` first.`);
  });
  const slugs = [];
  for (const name of names.sort()) {
    if (await stat(join(lessons, name, "slides", "index.html")).catch(() => undefined)) slugs.push(name);
  }
  return slugs;
}

/** Lesson slugs whose decks the served home page links to. */
async function slugsOnHomePage(siteUrl) {
  const html = await (await fetch(siteUrl)).text();
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

const all = options.url ? await slugsOnHomePage(options.url) : await slugsInDirectory(resolve(options.site));
const slugs = options.only ? all.filter((slug) => slug === options.only) : all;
if (slugs.length === 0) throw new Error(options.only ? `No deck named "${options.only}".` : "No lesson decks found.");
await mkdir(options.out, { recursive: true });
const { siteUrl, stop } = await openSite();
const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
try {
  const context = await browser.newContext({ colorScheme: options.dark ? "dark" : "light", viewport: { width: 1280, height: 720 } });
  for (const slug of slugs) {
    const page = await context.newPage();
    await page.goto(new URL(`lessons/${slug}/slides/?print`, siteUrl).href);
    await page.locator("[data-print-ready]").waitFor({ state: "attached", timeout: 30_000 });
    const slides = await page.locator(".print-page").count();
    const path = join(options.out, `${slug}.pdf`);
    await page.pdf({ path, preferCSSPageSize: true, printBackground: true });
    console.log(`${path}  ${slides} slides`);
    await page.close();
  }
} finally {
  await browser.close();
  stop();
}
