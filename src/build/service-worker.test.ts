import { mkdtemp, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeServiceWorker } from "./service-worker";
import { pythonDirectory } from "../lib/site-files";

let site: string;
let worker: string;
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
  await writeServiceWorker(site);
  worker = await readFile(join(site, "sw.js"), "utf8");
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
