import type { AstroIntegration } from "astro";
import { fileURLToPath } from "node:url";
import { findSnippetAsset, snippetDirectory, writeSnippetAssets } from "./snippet-assets";

/** Astro glue: ships the examples compiled at build time (and serves them in dev). */
export default function interleave(): AstroIntegration {
  return {
    name: "interleave",
    hooks: {
      "astro:server:setup": ({ server }) => {
        server.middlewares.use((request, response, next) => {
          const match = new RegExp(`/${snippetDirectory}/([^/?]+)`).exec(request.url ?? "");
          const asset = match?.[1] ? findSnippetAsset(match[1]) : undefined;
          if (!asset) return next();
          response.setHeader("Content-Type", asset.type);
          response.end(asset.body);
        });
      },
      "astro:build:done": async ({ dir, logger }) => {
        const count = await writeSnippetAssets(fileURLToPath(dir));
        logger.info(`${count} compiled examples written to ${snippetDirectory}/`);
      },
    },
  };
}
