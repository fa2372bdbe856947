import type { editor } from "monaco-editor/editor/editor.api";

/** The part of a shiki (VS Code TextMate) theme that Monaco can use. */
export interface ShikiTheme {
  type?: string;
  colors?: Record<string, string>;
  tokenColors?: { scope?: string | string[]; settings: { foreground?: string; background?: string; fontStyle?: string } }[];
}

/**
 * Monaco's TypeScript tokenizer emits these token names (plus ours from `tokens.ts`); each gets
 * the colour shiki gives the TextMate scope it stands for, so the editor looks like the static block.
 */
export const tokenScopes: Record<string, string> = {
  comment: "comment.line.double-slash.ts",
  "comment.doc": "comment.block.documentation.ts",
  keyword: "keyword.control.ts",
  string: "string.quoted.double.ts",
  "string.escape": "constant.character.escape.ts",
  "string.invalid": "string.quoted.double.ts",
  regexp: "string.regexp.ts",
  "regexp.escape": "constant.other.character-class.regexp",
  "regexp.escape.control": "constant.other.character-class.regexp",
  number: "constant.numeric.decimal.ts",
  "type.identifier": "entity.name.type.ts",
  "type.primitive": "support.type.primitive.ts",
  "type.builtin": "support.class.builtin.ts",
  "constant.language": "constant.language.boolean.ts",
  "identifier.function": "entity.name.function.ts",
  identifier: "variable.other.readwrite.ts",
  delimiter: "punctuation.separator.comma.ts",
};

/** A selector matches a scope when it equals it or is a dot-separated prefix of it (TextMate rules). */
function selectorMatches(selector: string, scope: string): boolean {
  return scope === selector || scope.startsWith(`${selector}.`);
}

/** The settings of the most specific rule for one TextMate scope (longest matching selector wins). */
export function settingsForScope(theme: ShikiTheme, scope: string): { foreground?: string; fontStyle?: string } {
  let best: { foreground?: string; fontStyle?: string } = {};
  let bestLength = -1;
  for (const rule of theme.tokenColors ?? []) {
    const selectors = typeof rule.scope === "string" ? rule.scope.split(",") : (rule.scope ?? []);
    for (const raw of selectors) {
      const selector = raw.trim();
      // Descendant selectors ("string variable") need a scope stack Monaco does not have.
      if (selector.includes(" ") || !selectorMatches(selector, scope)) continue;
      if (selector.length >= bestLength) {
        bestLength = selector.length;
        best = rule.settings;
      }
    }
  }
  return best;
}

/** Monaco wants colours as hex without "#". */
function monacoColor(hex: string | undefined): string | undefined {
  return hex?.startsWith("#") ? hex.slice(1) : undefined;
}

/** Token rules for Monaco from a shiki theme. */
export function tokenRules(theme: ShikiTheme): editor.ITokenThemeRule[] {
  const foreground = monacoColor(theme.colors?.["editor.foreground"]);
  const rules: editor.ITokenThemeRule[] = [{ token: "", ...(foreground && { foreground }) }];
  for (const [token, scope] of Object.entries(tokenScopes)) {
    const settings = settingsForScope(theme, scope);
    const color = monacoColor(settings.foreground) ?? foreground;
    rules.push({ token, ...(color && { foreground: color }), ...(settings.fontStyle && { fontStyle: settings.fontStyle }) });
  }
  return rules;
}

/** Whether a string is a colour Monaco accepts (#rgb, #rgba, #rrggbb, #rrggbbaa). */
function isHexColor(value: string): boolean {
  return /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i.test(value);
}

/** How the page paints code blocks, so the editor matches them rather than the raw theme. */
export interface PageCodeColors {
  /** The code block background (the site's --code-bg). */
  background?: string;
}

/**
 * A Monaco theme from a shiki theme. Workbench colours pass through (Monaco ignores ones it
 * does not know); the high-contrast themes' solid selection colours are softened because Monaco
 * cannot repaint selected text the way VS Code does with `editor.selectionForeground`.
 */
export function monacoTheme(theme: ShikiTheme, page: PageCodeColors = {}): editor.IStandaloneThemeData {
  const dark = theme.type === "dark";
  const colors: Record<string, string> = {};
  for (const [key, value] of Object.entries(theme.colors ?? {})) if (isHexColor(value)) colors[key] = value;
  const selection = dark ? "#409eff55" : "#0349b433";
  Object.assign(colors, {
    "editor.selectionBackground": selection,
    "editor.inactiveSelectionBackground": dark ? "#409eff33" : "#0349b41f",
    "editor.selectionHighlightBackground": dark ? "#409eff26" : "#0349b414",
    // Light: outline the current line instead of shading it, which took comments below 4.5:1 (axe, issue 6).
    "editor.lineHighlightBackground": dark ? "#ffffff0d" : "#00000000",
    "editor.lineHighlightBorder": dark ? "#00000000" : "#0349b426",
    // The themes' own gutter grey is below WCAG AA's 4.5:1 on the code background (axe, issue 6).
    "editorLineNumber.foreground": dark ? "#9ea7b3" : "#59636e",
  });
  if (page.background && isHexColor(page.background)) {
    colors["editor.background"] = page.background;
    colors["editorGutter.background"] = page.background;
  }
  return { base: dark ? "vs-dark" : "vs", inherit: true, rules: tokenRules(theme), colors };
}
