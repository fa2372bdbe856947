import type { Diagnostic } from "../../code/types.ts";

/** What an example editor is opened with. */
export interface EditorOptions {
  /** The code to edit (the lesson's, or the reader's saved edit). */
  code: string;
  /** The example's name; the editor is announced as "`label` code editor". */
  label: string;
  /** Called with the whole code after every change. */
  onChange?(code: string): void;
  /** Called on Ctrl+Enter (Cmd+Enter on a Mac) inside the editor. */
  onRun?(): void;
}

/** A live editor standing where the static block was. */
export interface EditorHandle {
  getValue(): string;
  /** Replaces the code as one undoable edit (Reset can be undone with Ctrl+Z); calls onChange. */
  setValue(code: string): void;
  /** Shows compile (esbuild) errors as red markers, owner "interleave"; an empty list clears them. */
  setDiagnostics(diagnostics: readonly Diagnostic[]): void;
  /** Highlights one 1-based line (a runtime error's, a trace step's) and scrolls it into view; null clears. */
  highlightLine(line: number | null): void;
  focus(): void;
  /** Removes the editor and shows the static block again. Safe to call twice. */
  dispose(): void;
}

export type { Diagnostic };
