import light from "@shikijs/themes/github-light-high-contrast";
import dark from "@shikijs/themes/github-dark-high-contrast";
import type { editor as EditorApi } from "monaco-editor/editor/editor.api";
import { currentPageTheme, readPageColours, watchPageTheme, type PageColours, type PageTheme } from "./page-theme.ts";
import { monacoTheme, type ShikiTheme } from "./theme.ts";

/** The shiki themes the static blocks use (src/build/highlight.ts `codeThemes`), by page theme. */
export const shikiThemes: Record<PageTheme, ShikiTheme> = { light, dark };

/**
 * Keeps Monaco's theme (global to all editors) on the page theme, rebuilt from the same shiki
 * themes with the page's code background. Started once, from colours read before Monaco's
 * stylesheets went in (see monaco.ts); returns the unsubscribe.
 */
export function followPageTheme(editor: typeof EditorApi, initial: PageColours): () => void {
  const apply = ({ theme, background }: PageColours) => {
    const name = `interleave-${theme}`;
    editor.defineTheme(name, monacoTheme(shikiThemes[theme], { background }));
    editor.setTheme(name);
  };
  // The reader may have switched theme while Monaco loaded.
  apply(initial.theme === currentPageTheme() ? initial : readPageColours());
  return watchPageTheme(() => apply(readPageColours()));
}
