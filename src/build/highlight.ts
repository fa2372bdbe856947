import { createHighlighter, type Highlighter } from "shiki";
import type { Element } from "hast";

/** Light and dark themes with strong contrast: they survive a washed-out projector. */
export const codeThemes = { light: "github-light-high-contrast", dark: "github-dark-high-contrast" } as const;

const languages = ["typescript", "python", "shellscript", "text", "json"] as const;
const aliases: Record<string, string> = { ts: "typescript", py: "python", sh: "shellscript", bash: "shellscript", shell: "shellscript", txt: "text", output: "text" };

let highlighter: Promise<Highlighter> | undefined;

/** Maps a fence's language to one we load, falling back to plain text. */
export function resolveLanguage(lang: string | null | undefined): string {
  const name = aliases[lang ?? "text"] ?? lang ?? "text";
  return (languages as readonly string[]).includes(name) ? name : "text";
}

/** Highlights code into a hast `<pre>` whose colours are CSS variables for both themes. */
export async function highlightToHast(code: string, lang: string | null | undefined): Promise<Element> {
  highlighter ??= createHighlighter({ themes: Object.values(codeThemes), langs: [...languages] });
  const root = (await highlighter).codeToHast(code, { lang: resolveLanguage(lang), themes: codeThemes, defaultColor: false });
  const pre = root.children[0] as Element;
  // A focusable, named region: a wide code block must scroll by keyboard (axe: scrollable-region-focusable).
  pre.properties = { ...pre.properties, tabIndex: 0, dataLang: lang ?? "text" };
  return pre;
}
