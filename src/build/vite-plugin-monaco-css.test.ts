import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { transform } from "esbuild";
import { describe, expect, it } from "vitest";
import { withRootRulesOnEditors, withoutPageLevelRules } from "./vite-plugin-monaco-css";

const monacoRoot = join(import.meta.dirname, "../../node_modules/monaco-editor/esm/vs");
const editorPageCss = join(import.meta.dirname, "../site/styles/editor-page.css");

/** Every stylesheet in Monaco's package, minified as the build minifies it. */
async function monacoStylesheets(): Promise<{ file: string; css: string }[]> {
  const files = (await readdir(monacoRoot, { recursive: true })).filter((file) => file.endsWith(".css"));
  return Promise.all(
    files.map(async (file) => ({ file, css: (await transform(await readFile(join(monacoRoot, file), "utf8"), { loader: "css", minify: true })).code })),
  );
}

/** `:root` custom properties and font families a stylesheet declares. */
function pageLevelDeclarations(css: string): { properties: string[]; fontFamilies: string[] } {
  const properties = [...css.matchAll(/:root\s*\{([^}]*)\}/g)].flatMap(([, body]) => [...body!.matchAll(/(--[\w-]+)\s*:/g)].map((match) => match[1]!));
  const fontFamilies = [...css.matchAll(/@font-face\s*\{[^}]*font-family:\s*"?([\w-]+)"?/g)].map((match) => match[1]!);
  return { properties, fontFamilies };
}

describe("Monaco's CSS arriving with the editor", () => {
  it("leaves out the rules that would restyle the whole page", () => {
    const css = `@font-face{font-family:codicon;src:url(./codicon.ttf)}:root{--vscode-sash-size:4px}.codicon{font:16px codicon}.monaco-sash{width:var(--vscode-sash-size)}`;
    expect(withoutPageLevelRules(css)).toBe(".codicon{font:16px codicon}.monaco-sash{width:var(--vscode-sash-size)}");
  });

  it("has each page-level rule it leaves out declared up front in the site's CSS", async () => {
    const site = pageLevelDeclarations(await readFile(editorPageCss, "utf8"));
    for (const { file, css } of await monacoStylesheets()) {
      const dropped = pageLevelDeclarations(css);
      for (const property of dropped.properties) expect(site.properties, `${file} sets ${property} on :root`).toContain(property);
      for (const family of dropped.fontFamilies) expect(site.fontFamilies, `${file} declares the font ${family}`).toContain(family);
    }
  });

  it("is left with no page-level rule in any stylesheet", async () => {
    for (const { file, css } of await monacoStylesheets()) expect(withoutPageLevelRules(css), file).not.toMatch(/@font-face|:root\s*\{/);
  });
});

describe("Monaco's theme rules on :root", () => {
  it.each(["platform/theme/browser/iconsStyleSheet.js", "editor/browser/widget/codeEditor/codeEditorWidget.js"])(
    "are written on editors instead, in the Monaco this project installs (%s)",
    async (file) => {
      const scoped = withRootRulesOnEditors(await readFile(join(monacoRoot, file), "utf8"));
      expect(scoped).toContain("`.monaco-editor {");
      expect(scoped).not.toContain("`:root {");
    },
  );

  it("stop the build when Monaco writes them another way", () => {
    expect(() => withRootRulesOnEditors("rules.push(`html{}`)", "iconsStyleSheet.js")).toThrow(/iconsStyleSheet/);
  });
});
