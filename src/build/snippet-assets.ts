import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { compileForBuild } from "../code/build-time";
import type { CompiledSnippet } from "./remark-code";
import { compileChecks } from "./check-module";

/** Where compiled examples are served from, under the site's base path. */
export const snippetDirectory = "_snippets";

/** Compiled examples of this build, by content hash: one file each, however many pages show them. */
const compiled = new Map<string, { js: string; map: string }>();

/** Compiles a lesson's example at build time and registers the module the page will fetch on Run. */
export async function compileLessonSnippet(code: string, base: string): Promise<CompiledSnippet> {
  const result = await compileForBuild(code);
  if (!result.ok) return { ok: false, diagnostics: result.diagnostics };
  const map = typeof result.map === "string" ? result.map : JSON.stringify(result.map);
  compiled.set(result.hash, { js: `${result.js}\n//# sourceMappingURL=${result.hash}.js.map\n`, map });
  return { ok: true, url: `${base}${snippetDirectory}/${result.hash}.js` };
}

/** Compiles an exercise's checks and registers the module the page imports when a reader presses Check. */
export async function compileLessonChecks(source: string, base: string): Promise<string> {
  const { js, hash } = await compileChecks(source);
  compiled.set(hash, { js, map: "{}" });
  return `${base}${snippetDirectory}/${hash}.js`;
}

/** Writes every compiled example into the built site. */
export async function writeSnippetAssets(outDir: string): Promise<number> {
  const directory = join(outDir, snippetDirectory);
  await mkdir(directory, { recursive: true });
  await Promise.all(
    [...compiled].flatMap(([hash, { js, map }]) => [
      writeFile(join(directory, `${hash}.js`), js),
      writeFile(join(directory, `${hash}.js.map`), map),
    ]),
  );
  return compiled.size;
}

/** The compiled example a dev-server request names ("/_snippets/<hash>.js[.map]"), if any. */
export function findSnippetAsset(fileName: string): { body: string; type: string } | undefined {
  const [, hash, isMap] = /^([\w-]+)\.js(\.map)?$/.exec(fileName) ?? [];
  const entry = hash ? compiled.get(hash) : undefined;
  if (!entry) return undefined;
  return isMap ? { body: entry.map, type: "application/json" } : { body: entry.js, type: "text/javascript" };
}
