import type { AstroIntegration } from "astro";
import { fileURLToPath } from "node:url";
import { findSnippetAsset, snippetDirectory, writeSnippetAssets } from "./snippet-assets";
import { writeSearchIndex } from "./search-index";
import { writeServiceWorkers } from "./service-worker";
import { precompress } from "./precompress";
import { readPythonFile, writePythonAssets } from "./python-assets";
import { pythonDirectory } from "../lib/site-files";

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;

/** Astro glue: ships the examples compiled at build time (and serves them in dev). */
export default function interleave(): AstroIntegration {
  let compressionCache: string | undefined;
  return {
    name: "interleave",
    hooks: {
      "astro:config:done": ({ config }) => {
        compressionCache = fileURLToPath(new URL("node_modules/.cache/interleave/precompress/", config.root));
      },
      "astro:server:setup": ({ server }) => {
        server.middlewares.use((request, response, next) => {
          const python = new RegExp(`/${pythonDirectory}/([^/?]+)`).exec(request.url ?? "")?.[1];
          if (python) {
            void readPythonFile(python).then((body) => {
              if (body === undefined) return next();
              response.setHeader("Content-Type", python.endsWith(".wasm") ? "application/wasm" : python.endsWith("js") ? "text/javascript" : "application/octet-stream");
              response.end(body);
            }, next);
            return;
          }
          const match = new RegExp(`/${snippetDirectory}/([^/?]+)`).exec(request.url ?? "");
          const asset = match?.[1] ? findSnippetAsset(match[1]) : undefined;
          if (!asset) return next();
          response.setHeader("Content-Type", asset.type);
          response.end(asset.body);
        });
      },
      "astro:build:done": async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const count = await writeSnippetAssets(outDir);
        logger.info(`${count} compiled examples written to ${snippetDirectory}/`);
        const python = await writePythonAssets(outDir);
        logger.info(`Pyodide: ${python.files} files, ${megabytes(python.bytes)} in ${pythonDirectory}/ (not precached)`);
        // In this order: the search index is part of the offline precache, and every file, sw.js included, gets compressed.
        logger.info(`search index: ${await writeSearchIndex(outDir)} lessons`);
        for (const worker of await writeServiceWorkers(outDir)) {
          worker.warnings.forEach((warning) => logger.warn(warning));
          logger.info(`service worker (${worker.locale}) precaches ${worker.files} files, ${megabytes(worker.bytes)}`);
        }
        const started = performance.now();
        const compressed = await precompress(outDir, { cacheDirectory: compressionCache });
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        logger.info(`precompressed ${compressed.files} files (${compressed.fromCache} big ones from the cache): ${megabytes(compressed.rawBytes)} → ${megabytes(compressed.brotliBytes)} brotli in ${seconds} s`);
      },
    },
  };
}
