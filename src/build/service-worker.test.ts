import { mkdtemp, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeServiceWorkers } from "./service-worker";
import { pythonDirectory } from "../lib/site-files";

let site: string;
let worker: string;
let portugueseWorker: string;
beforeAll(async () => {
  site = await mkdtemp(join(tmpdir(), "sw-"));
  await mkdir(join(site, "_astro"));
  await mkdir(join(site, "lessons", "a"), { recursive: true });
  await mkdir(join(site, "og"));
  await writeFile(join(site, "index.html"), "<h1>Home</h1>");
  await writeFile(join(site, "lessons", "a", "index.html"), "<h1>A</h1>");
  await writeFile(join(site, "_astro", "esbuild-abc123.wasm"), Buffer.alloc(3 * 1024 * 1024, 1));
  await writeFile(join(site, "_astro", "esbuild-abc123.wasm.br"), "compressed twin");
  await writeFile(join(site, "og", "a.png"), "png");
  await mkdir(join(site, pythonDirectory), { recursive: true });
  await writeFile(join(site, pythonDirectory, "pyodide.asm.wasm"), "wasm");
  await writeFile(join(site, pythonDirectory, "pyodide.mjs"), "js");
  // A second edition: its pages, its search index, and an example only it shows.
  await mkdir(join(site, "pt-br", "lessons", "a"), { recursive: true });
  await mkdir(join(site, "_snippets"));
  await mkdir(join(site, "pagefind", "index"), { recursive: true });
  await writeFile(join(site, "lessons", "a", "index.html"), '<h1>A</h1><figure data-module="/_snippets/aaa111.js"></figure><figure data-module="/_snippets/both22.js"></figure>');
  await writeFile(join(site, "pt-br", "index.html"), "<h1>Início</h1>");
  await writeFile(join(site, "pt-br", "lessons", "a", "index.html"), '<h1>A</h1><figure data-module="/_snippets/bbb111.js"></figure><figure data-module="/_snippets/both22.js"></figure>');
  for (const name of ["aaa111.js", "aaa111.js.map", "bbb111.js", "both22.js"]) await writeFile(join(site, "_snippets", name), "export {}");
  await writeFile(join(site, "pagefind", "pagefind.js"), "search");
  await writeFile(join(site, "pagefind", "pagefind.en_7d83.pf_meta"), "meta");
  await writeFile(join(site, "pagefind", "pagefind.pt-br_91ab.pf_meta"), "meta");
  await writeFile(join(site, "pagefind", "index", "pt-br_16cb.pf_index"), "index");
  await writeFile(join(site, "pagefind", "wasm.en.pagefind"), "wasm");
  await writeFile(join(site, "pagefind", "wasm.pt.pagefind"), "wasm");
  const reports = await writeServiceWorkers(site);
  expect(reports.map((report) => report.locale)).toEqual(["en", "pt-BR"]);
  worker = await readFile(join(site, "sw.js"), "utf8");
  portugueseWorker = await readFile(join(site, "pt-br", "sw.js"), "utf8");
}, 60_000);
afterAll(() => rm(site, { recursive: true, force: true }));

describe("the service worker", () => {
  it("precaches pages by URLs relative to itself, so any base path works", () => {
    expect(worker).toContain('url:"index.html"');
    expect(worker).toContain('url:"lessons/a/index.html"');
    expect(worker).not.toMatch(/url:"\//);
  });

  it("includes files past Workbox's default 2 MiB cap, without a revision when the name is hashed", () => {
    expect(worker).toMatch(/url:"_astro\/esbuild-abc123\.wasm",revision:null/);
  });

  it("leaves out compressed twins and crawler-only Open Graph cards", () => {
    expect(worker).not.toContain(".br\"");
    expect(worker).not.toContain("og/a.png");
  });

  it("leaves Pyodide out of the default precache: a reader keeps Python for offline on purpose", () => {
    expect(worker).not.toContain("_python/");
    expect(worker).toContain('url:"index.html"');
  });

  it("waits for the reader's Reload before an update takes over: skipWaiting only on a SKIP_WAITING message", () => {
    expect(worker).toMatch(/"SKIP_WAITING"===\w+\.data\.type&&self\.skipWaiting\(\)/);
    expect(worker).not.toMatch(/[;,{]self\.skipWaiting\(\)[;,]/);
  });
});

describe("one service worker per edition", () => {
  it("precaches the English pages, search index and examples in sw.js, and none of the Portuguese edition's", () => {
    expect(worker).toContain('url:"lessons/a/index.html"');
    expect(worker).toContain('url:"_snippets/aaa111.js"');
    expect(worker).toContain('url:"_snippets/aaa111.js.map"');
    expect(worker).toContain('url:"pagefind/pagefind.en_7d83.pf_meta"');
    expect(worker).not.toContain("pt-br");
    expect(worker).not.toContain("bbb111");
    expect(worker).not.toContain("wasm.pt.pagefind");
  });

  it("precaches the Portuguese edition in pt-br/sw.js, naming shared files from its own folder", () => {
    expect(portugueseWorker).toContain('url:"index.html"');
    expect(portugueseWorker).toContain('url:"lessons/a/index.html"');
    expect(portugueseWorker).toContain('url:"../_snippets/bbb111.js"');
    expect(portugueseWorker).toContain('url:"../pagefind/index/pt-br_16cb.pf_index"');
    expect(portugueseWorker).toContain('url:"../pagefind/wasm.pt.pagefind"');
    expect(portugueseWorker).toMatch(/url:"\.\.\/_astro\/esbuild-abc123\.wasm",revision:null/);
    expect(portugueseWorker).not.toContain("aaa111");
    expect(portugueseWorker).not.toContain("en_7d83");
    expect(portugueseWorker).not.toContain('url:"../index.html"');
    expect(portugueseWorker).not.toContain('url:"../lessons/');
  });

  it("shares what both editions use: scripts, wasm, and an example both show", () => {
    for (const shared of ["_snippets/both22.js", "pagefind/pagefind.js"]) {
      expect(worker).toContain(`url:"${shared}"`);
      expect(portugueseWorker).toContain(`url:"../${shared}"`);
    }
  });
});
