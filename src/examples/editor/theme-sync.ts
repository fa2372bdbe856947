import light from "@shikijs/themes/github-light-high-contrast";
import dark from "@shikijs/themes/github-dark-high-contrast";
import type { editor as EditorApi } from "monaco-editor/editor/editor.api";
import { currentPageTheme, pageCodeBackground, watchPageTheme, type PageTheme } from "./page-theme.ts";
import { monacoTheme, type ShikiTheme } from "./theme.ts";

/** The shiki themes the static blocks use (src/build/highlight.ts `codeThemes`), by page theme. */
export const shikiThemes: Record<PageTheme, ShikiTheme> = { light, dark };

/**
 * Keeps Monaco's theme (global to all editors) on the page theme, rebuilt from the same shiki
 * themes with the page's code background. Started once; returns the unsubscribe.
 */
export function followPageTheme(editor: typeof EditorApi): () => void {
  const apply = (theme: PageTheme) => {
    const name = `interleave-${theme}`;
    editor.defineTheme(name, monacoTheme(shikiThemes[theme], { background: pageCodeBackground() }));
    editor.setTheme(name);
  };
  apply(currentPageTheme());
  return watchPageTheme(apply);
}
