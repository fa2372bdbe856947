import { readFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { transform } from "esbuild";
import type { Plugin } from "vite";

// Not ".css" at the end: Vite (and Astro's CSS collection) must not treat these as stylesheets.
const PREFIX = "\0interleave-monaco-css:";
const SUFFIX = ".js";
const registry = fileURLToPath(new URL("../examples/editor/monaco-css.ts", import.meta.url));
const relativeUrl = /url\(\s*(["']?)(\.{1,2}\/[^"')?#]+)[^"')]*\1\s*\)/g;

/** Whether a module is part of the monaco-editor package. */
function isMonacoModule(id: string): boolean {
  return id.replaceAll("\\", "/").includes("/node_modules/monaco-editor/");
}

/**
 * Rules that restyle the whole page when added: a font face (every element's font is looked up
 * again) and custom properties on :root (inherited by every element). Monaco's are declared up
 * front in the site's CSS (styles/editor-page.css), so the editor's arrival restyles only itself:
 * added with the editor, they cost ~50 ms of the first keystroke on a lesson page.
 */
const pageLevelRule = /@font-face\{[^}]*\}|:root\{[^}]*\}/g;

/** Monaco's stylesheet without its page-level rules (see above). */
export function withoutPageLevelRules(css: string): string {
  return css.replace(pageLevelRule, "");
}

/** JS that hands one (minified) stylesheet to the registry, its relative url()s turned into built asset URLs. */
function stylesheetModule(css: string, directory: string): string {
  const imports: string[] = [];
  const pieces: string[] = [];
  let last = 0;
  for (const match of css.matchAll(relativeUrl)) {
    const name = `asset${imports.length}`;
    imports.push(`import ${name} from ${JSON.stringify(`${resolve(directory, match[2]!)}?url`)};`);
    pieces.push(JSON.stringify(css.slice(last, match.index)), `'url("' + ${name} + '")'`);
    last = match.index + match[0].length;
  }
  pieces.push(JSON.stringify(css.slice(last)));
  return [...imports, `import { addMonacoCss } from ${JSON.stringify(registry)};`, `addMonacoCss(${pieces.join(" + ")});`].join("\n");
}

/**
 * Keeps Monaco's CSS off the first paint. Astro puts every stylesheet reachable from a page's
 * scripts into its <head> as a render-blocking <link> — even ones only reached through a dynamic
 * `import()` (withastro/astro#9495) — so Monaco's ~175 KB would block every article. This plugin
 * turns each stylesheet Monaco imports into a tiny JS module inside Monaco's lazy chunks that adds
 * the CSS to one <style> when the editor loads. Registered through `monacoForExamples()` (vite-plugins.ts).
 */
export function monacoCssWithEditor(): Plugin {
  return {
    name: "interleave:monaco-css-with-editor",
    enforce: "pre",
    async resolveId(source, importer) {
      if (!importer || !/\.css$/.test(source) || !isMonacoModule(importer)) return null;
      const resolved = await this.resolve(source, importer, { skipSelf: true });
      return resolved ? `${PREFIX}${resolved.id}${SUFFIX}` : null;
    },
    async load(id) {
      if (!id.startsWith(PREFIX)) return null;
      const file = id.slice(PREFIX.length, -SUFFIX.length);
      const { code } = await transform(await readFile(file, "utf8"), { loader: "css", minify: true });
      return stylesheetModule(withoutPageLevelRules(code), dirname(file));
    },
  };
}

// Monaco's theme rules that set custom properties on :root when the first editor is made: one per
// icon (the icon style sheet) and the squiggles' images (the code editor widget's theme participant).
const rootRuleWriters = /\/node_modules\/monaco-editor\/esm\/vs\/(?:platform\/theme\/browser\/iconsStyleSheet|editor\/browser\/widget\/codeEditor\/codeEditorWidget)\.js$/;
const rootRule = /`:root \{/g;

/** A module of Monaco's with the rules it writes on :root written on editors instead (see below). */
export function withRootRulesOnEditors(code: string, id = "a Monaco module"): string {
  if (!code.includes("`:root {")) throw new Error(`${id} no longer writes :root rules as vite-plugin-monaco-css.ts expects: update it`);
  return code.replace(rootRule, "`.monaco-editor {");
}

/**
 * Puts those properties on `.monaco-editor`, the only place that reads them (the inline progress
 * widget, ghost text): on :root they restyled every element of the lesson on the way to the first
 * keystroke, like the page-level rules above.
 */
export function monacoRootRulesOnEditors(): Plugin {
  return {
    name: "interleave:monaco-root-rules-on-editors",
    enforce: "pre",
    transform(code, id) {
      const path = id.replaceAll("\\", "/");
      if (!rootRuleWriters.test(path)) return null;
      return { code: withRootRulesOnEditors(code, path), map: null };
    },
  };
}
