/**
 * Everything Monaco an example editor needs, in one lazily imported module: the editor API, the
 * contributions a reader uses (the list editor.main.js imports, minus the rest), and the
 * TypeScript language. Never import this statically: it is only reached through `loadMonaco()`.
 */
// Core: typing, cursor moves, the widget, its icons.
import "monaco-editor/editor/browser/coreCommands";
import "monaco-editor/editor/browser/widget/codeEditor/codeEditorWidget";
import "monaco-editor/editor/common/standaloneStrings";
import "monaco-editor/features/codicon/register";
// What the issue promises: hover types, completions, signature help, squiggles to step through.
import "monaco-editor/editor/contrib/hover/browser/hoverContribution";
import "monaco-editor/editor/contrib/suggest/browser/suggestController";
import "monaco-editor/editor/contrib/snippet/browser/snippetController2";
import "monaco-editor/editor/contrib/parameterHints/browser/parameterHints";
import "monaco-editor/editor/contrib/gotoError/browser/gotoError";
import "monaco-editor/editor/contrib/codeAction/browser/codeActionContributions";
// Ordinary editing a reader expects from a code editor.
import "monaco-editor/editor/contrib/bracketMatching/browser/bracketMatching";
import "monaco-editor/editor/contrib/clipboard/browser/clipboard";
import "monaco-editor/editor/contrib/comment/browser/comment";
import "monaco-editor/editor/contrib/contextmenu/browser/contextmenu";
import "monaco-editor/editor/contrib/cursorUndo/browser/cursorUndo";
import "monaco-editor/editor/contrib/find/browser/findController";
import "monaco-editor/editor/contrib/format/browser/formatActions";
import "monaco-editor/editor/contrib/indentation/browser/indentation";
import "monaco-editor/editor/contrib/linesOperations/browser/linesOperations";
import "monaco-editor/editor/contrib/multicursor/browser/multicursor";
import "monaco-editor/editor/contrib/smartSelect/browser/smartSelect";
import "monaco-editor/editor/contrib/tokenization/browser/tokenization";
import "monaco-editor/editor/contrib/wordHighlighter/browser/wordHighlighter";
import "monaco-editor/editor/contrib/wordOperations/browser/wordOperations";
// Keyboard users: Ctrl+M toggles whether Tab moves focus out of the editor.
import "monaco-editor/editor/contrib/toggleTabFocusMode/browser/toggleTabFocusMode";
// TypeScript: the tokenizer's registration and the worker-backed language service.
import "monaco-editor/languages/definitions/typescript/register";

export * from "monaco-editor/editor/editor.api";
export * as typescript from "monaco-editor/languages/features/typescript/register";
export { language as typescriptTokens } from "monaco-editor/languages/definitions/typescript/typescript";
