import * as monaco from "./monaco-modules.ts";
import { installMonacoWorkers } from "./workers.ts";
import { withShikiLikeTokens } from "./tokens.ts";
import { configureTypeScript } from "./typescript-defaults.ts";
import { followPageTheme } from "./theme-sync.ts";
import { addEditorStyles } from "./editor-styles.ts";
import { flushMonacoCss } from "./monaco-css.ts";
import type { PageColours } from "./page-theme.ts";

export type Monaco = typeof monaco;

/** One-time set-up of the page's Monaco: workers, tokenizer, TypeScript, theme (from `colours`, read before Monaco loaded), styles. */
export function setUpMonaco(colours: PageColours): Monaco {
  // Monaco's stylesheets in place before an editor measures its fonts.
  flushMonacoCss();
  installMonacoWorkers();
  monaco.languages.setMonarchTokensProvider("typescript", withShikiLikeTokens(monaco.typescriptTokens));
  configureTypeScript(monaco.typescript);
  followPageTheme(monaco.editor, colours);
  addEditorStyles();
  return monaco;
}
