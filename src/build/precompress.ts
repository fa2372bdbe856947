import { createHash } from "node:crypto";
import { mkdir, readdir, readFile, rm, stat, utimes, writeFile } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { extname, join } from "node:path";
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Text-like files worth compressing; images, woff2 and Pagefind's own (already gzipped) files are not. */
export const compressibleExtensions = new Set([".html", ".js", ".mjs", ".css", ".json", ".map", ".svg", ".wasm", ".ttf", ".txt", ".xml", ".webmanifest"]);

/** Below this a compressed copy saves too little to be worth a file. */
const minimumBytes = 1024;
/** Files this big (Monaco, its TypeScript worker, the esbuild wasm) are worth keeping compressed between builds. */
const cacheFromBytes = 256 * 1024;
/** Cache entries no build has used for this long are dropped (builds at "/" and at a sub-path keep different copies). */
const cacheLifetimeMs = 7 * 24 * 60 * 60 * 1000;

/**
 * Brotli quality by size, measured on a 2-core machine: 11 on everything but the largest files;
 * 10 on Monaco's 1–8 MB files (within 2% of 11 at half the time); 9 on the 14 MB esbuild wasm
 * (3.06 MB in 3 s, where 10 takes 21 s for 2.78 MB and 11 ~40 s for 2.71 MB).
 */
export function brotliQuality(bytes: number): number {
  if (bytes > 8 * 1024 * 1024) return 9;
  if (bytes > 1024 * 1024) return 10;
  return 11;
}

export interface PrecompressReport { files: number; rawBytes: number; brotliBytes: number; fromCache: number }

interface Compressed { br: Buffer; gz: Buffer }

async function listFiles(directory: string): Promise<string[]> {
  const entries = await readdir(directory, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}

async function compress(raw: Buffer): Promise<Compressed> {
  const quality = brotliQuality(raw.length);
  const [br, gz] = await Promise.all([
    brotli(raw, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: quality,
        [constants.BROTLI_PARAM_LGWIN]: quality >= 10 ? 24 : 22,
        [constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
      },
    }),
    gzipAsync(raw, { level: 9 }),
  ]);
  return { br, gz };
}

/** Compressed copies of big files, by content hash: Monaco and the wasm rarely change between builds. */
class CompressionCache {
  constructor(private readonly directory: string | undefined) {}

  async get(raw: Buffer): Promise<{ compressed: Compressed; hit: boolean }> {
    if (!this.directory || raw.length < cacheFromBytes) return { compressed: await compress(raw), hit: false };
    const key = `${createHash("sha256").update(raw).digest("hex").slice(0, 32)}-q${brotliQuality(raw.length)}`;
    const files = [join(this.directory, `${key}.br`), join(this.directory, `${key}.gz`)];
    const [br, gz] = await Promise.all(files.map((file) => readFile(file).catch(() => undefined)));
    if (br && gz) {
      const now = new Date();
      await Promise.all(files.map((file) => utimes(file, now, now)));
      return { compressed: { br, gz }, hit: true };
    }
    const compressed = await compress(raw);
    await mkdir(this.directory, { recursive: true });
    await Promise.all([writeFile(join(this.directory, `${key}.br`), compressed.br), writeFile(join(this.directory, `${key}.gz`), compressed.gz)]);
    return { compressed, hit: false };
  }

  /** Forgets entries no build has used lately, so old Monaco or esbuild versions do not pile up. */
  async prune(now = Date.now()): Promise<void> {
    if (!this.directory) return;
    const names = await readdir(this.directory).catch(() => [] as string[]);
    for (const name of names) {
      const file = join(this.directory, name);
      const { mtimeMs } = await stat(file);
      if (now - mtimeMs > cacheLifetimeMs) await rm(file, { force: true });
    }
  }
}

export interface PrecompressOptions {
  /** Threads compressing at once (default: one per core). */
  parallel?: number;
  /** Where compressed big files are kept between builds; undefined compresses everything afresh. */
  cacheDirectory?: string;
}

/**
 * Writes `.br` and `.gz` siblings for every compressible file under `directory`, so the static
 * host (scripts/static-server.mjs, or any that serves precompressed files) never compresses on a request.
 */
export async function precompress(directory: string, { parallel = availableParallelism(), cacheDirectory }: PrecompressOptions = {}): Promise<PrecompressReport> {
  const cache = new CompressionCache(cacheDirectory);
  const candidates = (await listFiles(directory)).filter((file) => compressibleExtensions.has(extname(file)));
  const sized = await Promise.all(candidates.map(async (file) => ({ file, size: (await stat(file)).size })));
  // Largest first, so the wasm starts at once and the small files fill the other threads meanwhile.
  const queue = sized.filter(({ size }) => size >= minimumBytes).sort((a, b) => b.size - a.size);
  const report: PrecompressReport = { files: 0, rawBytes: 0, brotliBytes: 0, fromCache: 0 };
  const worker = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      const raw = await readFile(next.file);
      const { compressed, hit } = await cache.get(raw);
      // A sibling that is not smaller would only cost the host a file read.
      if (compressed.br.length < raw.length) await writeFile(`${next.file}.br`, compressed.br);
      if (compressed.gz.length < raw.length) await writeFile(`${next.file}.gz`, compressed.gz);
      report.files += 1;
      report.fromCache += hit ? 1 : 0;
      report.rawBytes += raw.length;
      report.brotliBytes += Math.min(compressed.br.length, raw.length);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, parallel) }, worker));
  await cache.prune();
  return report;
}
