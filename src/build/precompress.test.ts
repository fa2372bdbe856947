import { mkdtemp, readFile, rm, writeFile, mkdir, readdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { brotliQuality, precompress } from "./precompress";

let site: string;
beforeEach(async () => {
  site = await mkdtemp(join(tmpdir(), "precompress-"));
});
afterEach(() => rm(site, { recursive: true, force: true }));

const text = (bytes: number) => "const answer = 42; // the same line again\n".repeat(Math.ceil(bytes / 42)).slice(0, bytes);

describe("precompress", () => {
  it("writes brotli and gzip twins that decode to the original, for text files in any folder", async () => {
    await mkdir(join(site, "_astro"));
    const script = text(4000);
    await writeFile(join(site, "_astro", "app.js"), script);
    const report = await precompress(site);
    expect(brotliDecompressSync(await readFile(join(site, "_astro", "app.js.br"))).toString()).toBe(script);
    expect(gunzipSync(await readFile(join(site, "_astro", "app.js.gz"))).toString()).toBe(script);
    expect(report).toMatchObject({ files: 1, rawBytes: 4000, fromCache: 0 });
    expect(report.brotliBytes).toBeLessThan(200);
  });

  it("leaves images, tiny files and Pagefind's own compressed index alone", async () => {
    await writeFile(join(site, "card.png"), Buffer.alloc(5000));
    await writeFile(join(site, "tiny.js"), "x()");
    await writeFile(join(site, "index.pf_fragment"), Buffer.alloc(5000));
    await precompress(site);
    expect((await readdir(site)).sort()).toEqual(["card.png", "index.pf_fragment", "tiny.js"]);
  });

  it("reuses a big file's compressed copy from the cache on the next build", async () => {
    const cacheDirectory = join(site, ".cache");
    await mkdir(join(site, "out"));
    await writeFile(join(site, "out", "big.js"), text(300 * 1024));
    expect((await precompress(join(site, "out"), { cacheDirectory })).fromCache).toBe(0);
    await rm(join(site, "out", "big.js.br"));
    expect((await precompress(join(site, "out"), { cacheDirectory })).fromCache).toBe(1);
    expect(brotliDecompressSync(await readFile(join(site, "out", "big.js.br"))).length).toBe(300 * 1024);
  });

  it("squeezes small files hardest and spends less time on the 14 MB wasm", () => {
    expect(brotliQuality(50_000)).toBe(11);
    expect(brotliQuality(7_000_000)).toBe(10);
    expect(brotliQuality(14_000_000)).toBe(9);
  });
});
