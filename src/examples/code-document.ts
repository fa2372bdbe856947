/**
 * The code of one example: the lesson's, a saved or shared edit, or what is in the editor once
 * Monaco stands in for the static block; and the line marks on it (an error, a trace step).
 */
import type { Diagnostic } from "../code/types";
import { whenIdle } from "../lib/idle";
import { markLine, originalHtml, showPlainCode } from "./code-view";
import { warmCompiler } from "./compiler/warm";
import type { EditorHandle } from "./editor";
import { clearEdit, loadEdit, saveEdit } from "./saved-code";

export interface CodeDocumentOptions {
  id: string;
  original: string;
  label: string;
  /** The code changed here (typed, or reset): another window may show the same. */
  onEdit(code: string, editing: boolean): void;
  /** Ctrl+Enter in the editor. */
  onRun(): void;
}

export class CodeDocument {
  private readonly view: HTMLElement;
  private editor: EditorHandle | undefined;

  constructor(
    private readonly figure: HTMLElement,
    private readonly options: CodeDocumentOptions,
  ) {
    this.view = figure.querySelector<HTMLElement>("[data-code-view]")!;
  }

  /** The code a Run would run: the editor's, a saved edit, or the lesson's. */
  get text(): string {
    return this.editor?.getValue() ?? loadEdit(this.options.id) ?? this.options.original;
  }

  /** True while Monaco stands in for the static block. */
  get editing(): boolean {
    return this.editor !== undefined;
  }

  /** Shows code typed elsewhere (another window): in the editor when open, else in the static block. */
  set(code: string): void {
    if (this.editor) return this.editor.setValue(code);
    const { id, original } = this.options;
    saveEdit(id, code, original);
    if (code !== original) {
      showPlainCode(this.view, code);
      this.figure.dataset.edited = "saved";
      return;
    }
    delete this.figure.dataset.edited;
    const html = originalHtml(this.view);
    if (html !== undefined) this.view.innerHTML = html;
  }

  /** Back to the lesson's code. */
  reset(): void {
    const { id, original } = this.options;
    clearEdit(id);
    delete this.figure.dataset.edited;
    this.clearMarks();
    // The editor reports its own change; the static block is reported here.
    if (this.editor) return this.editor.setValue(original);
    const html = originalHtml(this.view);
    if (html !== undefined) this.view.innerHTML = html;
    else showPlainCode(this.view, original);
    this.options.onEdit(original, false);
  }

  /** Swaps the static block for Monaco, in place; the compiler warms up meanwhile. */
  async edit(): Promise<void> {
    if (this.editor) return this.editor.focus();
    const button = this.figure.querySelector<HTMLButtonElement>('[data-action="edit"]')!;
    button.disabled = true;
    const { openEditor, whenEditorShown } = await import("./editor");
    // The compiler warms up once the editor is on screen and the page is idle, not while Monaco starts.
    void whenEditorShown().then(() => whenIdle(warmCompiler, 2000));
    const { id, original, label } = this.options;
    this.editor = await openEditor(this.view, {
      code: this.text,
      label,
      onChange: (code) => {
        saveEdit(id, code, original);
        if (code === original) delete this.figure.dataset.edited;
        else this.figure.dataset.edited = "saved";
        this.options.onEdit(code, true);
      },
      onRun: () => this.options.onRun(),
    });
    this.figure.dataset.editing = "";
    button.hidden = true;
    this.editor.focus();
  }

  /** Marks the line an error points at. */
  markError(line: number, message: string): void {
    if (this.editor) this.editor.highlightLine(line);
    else markLine(this.view, line, message);
  }

  /** Shows syntax errors in the editor (squiggles) and marks the first one's line. */
  showDiagnostics(diagnostics: Diagnostic[]): void {
    this.editor?.setDiagnostics(diagnostics);
    if (diagnostics[0]) this.markError(diagnostics[0].line, diagnostics[0].message);
  }

  /** Highlights the line a trace step is on (null clears). */
  showStep(line: number | null): void {
    if (this.editor) this.editor.highlightLine(line);
    else markLine(this.view, line, "", "current");
  }

  clearMarks(): void {
    this.editor?.setDiagnostics([]);
    this.editor?.highlightLine(null);
    markLine(this.view, null);
  }
}
