import type { GuestMessage, ErrorMessage, RunMessage } from "../sandbox/protocol/messages";
import { takeSandbox } from "../sandbox/host/pool";
import type { RunEnd, Sandbox } from "../sandbox/host/sandbox";
import { mapErrorLocation } from "../code/source-map";
import type { Diagnostic } from "../code/types";
import type { EditorHandle } from "./editor";
import { markLine, originalHtml, showPlainCode } from "./code-view";
import { OutputView } from "./output-view";
import { compileEdited, loadShipped, type RunSource } from "./run-source";
import { clearEdit, loadEdit, saveEdit } from "./saved-code";
import { shareFragment } from "./share-link";
import { whenIdle } from "../lib/idle";
import { warmCompiler } from "./compiler/warm";
import { TimelineModel } from "../timeline/model";
import { formatDuration } from "../timeline/format";

/** Default time limit of a run, in real milliseconds. */
export const defaultTimeLimit = 10_000;

/** Something that wants to hear how a run goes (the timeline of a <Compare>, a mirror window…). */
export type RunListener = (example: Example, message: GuestMessage | { type: "start" }) => void;

/** What a person did to an example that another window showing it should repeat (presenter ↔ audience). */
export type ExampleIntent = { type: "code"; code: string; editing: boolean } | { type: "run" } | { type: "stop" };
export type IntentListener = (example: Example, intent: ExampleIntent) => void;

/** One runnable example on the page: its code, its controls and its runs. */
export class Example {
  readonly figure: HTMLElement;
  readonly id: string;
  readonly original: string;
  readonly side: string | undefined;
  readonly label: string;
  scale: number;
  readonly timeLimit: number;
  timeline: TimelineModel | undefined;
  private readonly moduleUrl: string;
  private readonly codeView: HTMLElement;
  private readonly output: OutputView;
  private readonly status: HTMLElement;
  private editor: EditorHandle | undefined;
  private sandbox: Sandbox | undefined;
  private readonly listeners = new Set<RunListener>();
  private readonly intentListeners = new Set<IntentListener>();

  constructor(figure: HTMLElement) {
    this.figure = figure;
    this.id = figure.dataset.id ?? "";
    this.original = figure.dataset.code ?? "";
    this.moduleUrl = figure.dataset.module ?? "";
    this.side = figure.dataset.side;
    this.label = figure.querySelector(".pg-title")?.textContent?.trim() ?? "Example";
    this.scale = Number(figure.dataset.scale ?? 1);
    this.timeLimit = Number(figure.dataset.timeout ?? defaultTimeLimit);
    this.codeView = figure.querySelector<HTMLElement>("[data-code-view]")!;
    this.output = new OutputView(figure.querySelector<HTMLElement>("[data-output]")!);
    this.status = figure.querySelector<HTMLElement>("[data-status]")!;
  }

  /** The code a Run would run: the editor's, a saved edit, or the lesson's. */
  get code(): string {
    return this.editor?.getValue() ?? loadEdit(this.id) ?? this.original;
  }

  get running(): boolean {
    return this.sandbox !== undefined;
  }

  /** Subscribes to this example's runs; returns the unsubscribe. */
  onRun(listener: RunListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** True while Monaco stands in for the static block. */
  get editing(): boolean {
    return this.editor !== undefined;
  }

  /** Subscribes to edits, runs and stops, e.g. to mirror them in another window; returns the unsubscribe. */
  onIntent(listener: IntentListener): () => void {
    this.intentListeners.add(listener);
    return () => this.intentListeners.delete(listener);
  }

  /** Shows code that was typed elsewhere (another window): in the editor when open, else in the static block. */
  setCode(code: string): void {
    if (this.editor) return this.editor.setValue(code);
    saveEdit(this.id, code, this.original);
    if (code !== this.original) {
      showPlainCode(this.codeView, code);
      this.figure.dataset.edited = "saved";
      return;
    }
    delete this.figure.dataset.edited;
    const html = originalHtml(this.codeView);
    if (html !== undefined) this.codeView.innerHTML = html;
  }

  /** Run, or Stop when running. */
  async toggleRun(): Promise<void> {
    if (this.running) return this.stop();
    const source = await this.prepare();
    if (source) await this.start(source, takeSandbox());
  }

  /** Gets compiled code: shipped with the page when unedited, compiled here when edited. */
  async prepare(): Promise<RunSource | undefined> {
    const code = this.code;
    this.clearMarks();
    try {
      if (code === this.original) return await loadShipped(this.moduleUrl);
      this.setStatus("Compiling…");
      const compiled = await compileEdited(code);
      if ("diagnostics" in compiled) return void this.showSyntaxErrors(compiled.diagnostics);
      this.setStatus("");
      return compiled;
    } catch (error) {
      this.output.reset();
      this.output.status(`Could not run: ${(error as Error).message}`, "error");
      return undefined;
    }
  }

  /** Runs compiled code in a sandbox; resolves when the run is over, however it ends. */
  async start(source: RunSource, sandbox: Sandbox): Promise<void> {
    this.sandbox = sandbox;
    this.scale = Number(this.figure.querySelector<HTMLSelectElement>("[data-scale-select]")?.value ?? this.scale);
    this.output.reset();
    this.timeline = new TimelineModel({ mode: "real" });
    this.setRunning(true);
    this.emit({ type: "start" });
    this.intend({ type: "run" });
    const message: RunMessage = { type: "run", code: source.js, mode: "real", scale: this.scale, timeLimit: this.timeLimit, ...(source.trace ? { trace: true } : {}) };
    const startedAt = performance.now();
    const end = await sandbox.run(message, (received) => this.receive(received, source));
    this.sandbox = undefined;
    this.setRunning(false);
    this.finish(end, performance.now() - startedAt);
  }

  /** Ends the run at once. */
  stop(): void {
    if (this.sandbox) this.intend({ type: "stop" });
    this.sandbox?.stop();
  }

  private receive(message: GuestMessage, source: RunSource): void {
    this.timeline?.receive(message);
    if (message.type === "logs") this.output.append(message.lines);
    else if (message.type === "dropped") this.output.dropped(message.count);
    else if (message.type === "tick") this.setStatus(`Running… ${formatDuration(message.time)}`);
    else if (message.type === "error" && message.kind !== "timeout") void this.showRuntimeError(message, source);
    this.emit(message);
  }

  private finish(end: RunEnd, realElapsed: number): void {
    if (end.reason === "done") this.output.status(`done in ${formatDuration(end.time)}`, "done");
    else if (end.reason === "stopped") this.output.status("stopped", "stopped");
    else if (end.reason === "refused") this.output.refused(end.why);
    else this.output.status(`stopped after ${formatDuration(end.limit || this.timeLimit)}: the time limit`, "stopped");
    this.setStatus("");
    // A stopped run ends where it was last seen; the real time shows a spinning loop as running.
    if (end.reason !== "done") this.timeline?.finish(this.timeline.end, realElapsed);
    this.emit({ type: "done", time: this.timeline?.end ?? 0, realTime: realElapsed });
  }

  private async showRuntimeError(error: ErrorMessage, source: RunSource): Promise<void> {
    const prefix = error.kind === "unhandledrejection" ? "Uncaught (in promise) " : "Uncaught ";
    const headline = `${prefix}${error.name ? `${error.name}: ` : ""}${error.message}`;
    const line = this.output.status(headline, "error");
    const map = await source.sourceMap();
    const at = map ? mapErrorLocation(error.stack, map, "blob:") : null;
    if (!at) return;
    line.append(Object.assign(document.createElement("span"), { className: "pg-detail", textContent: ` — line ${at.line}:${at.column}` }));
    this.markLine(at.line, headline);
  }

  private showSyntaxErrors(diagnostics: Diagnostic[]): void {
    this.output.reset();
    for (const diagnostic of diagnostics) {
      this.output.status(`Syntax error: ${diagnostic.message}`, "error", ` — line ${diagnostic.line}:${diagnostic.column}`);
    }
    this.setStatus("");
    this.editor?.setDiagnostics(diagnostics);
    if (diagnostics[0]) this.markLine(diagnostics[0].line, diagnostics[0].message);
  }

  private markLine(line: number, message: string): void {
    if (this.editor) this.editor.highlightLine(line);
    else markLine(this.codeView, line, message);
  }

  /** Highlights the line a trace step is on (null clears): in the editor when editing, else in the static block. */
  showTraceLine(line: number | null): void {
    if (this.editor) this.editor.highlightLine(line);
    else markLine(this.codeView, line, "", "current");
  }

  private clearMarks(): void {
    this.editor?.setDiagnostics([]);
    this.editor?.highlightLine(null);
    markLine(this.codeView, null);
  }

  /** Swaps the static block for Monaco, in place; the compiler warms up meanwhile. */
  async edit(): Promise<void> {
    if (this.editor) return this.editor.focus();
    const button = this.button("edit");
    button.disabled = true;
    const { openEditor, whenEditorShown } = await import("./editor");
    // The compiler warms up once the editor is on screen and the page is idle, not while Monaco starts.
    void whenEditorShown().then(() => whenIdle(warmCompiler, 2000));
    this.editor = await openEditor(this.codeView, {
      code: this.code,
      label: this.label,
      onChange: (code) => {
        saveEdit(this.id, code, this.original);
        if (code === this.original) delete this.figure.dataset.edited;
        else this.figure.dataset.edited = "saved";
        this.intend({ type: "code", code, editing: true });
      },
      onRun: () => void this.toggleRun(),
    });
    this.figure.dataset.editing = "";
    button.hidden = true;
    this.editor.focus();
  }

  /** Back to the lesson's code. */
  reset(): void {
    clearEdit(this.id);
    delete this.figure.dataset.edited;
    this.clearMarks();
    if (this.editor) this.editor.setValue(this.original);
    else {
      const html = originalHtml(this.codeView);
      if (html !== undefined) this.codeView.innerHTML = html;
      else showPlainCode(this.codeView, this.original);
      this.intend({ type: "code", code: this.original, editing: false });
    }
    this.setStatus("Back to the lesson's code");
  }

  async copy(): Promise<void> {
    try {
      await navigator.clipboard.writeText(this.code);
      this.setStatus("Copied");
    } catch {
      this.setStatus("Copy failed: the browser refused the clipboard");
    }
  }

  /** Puts the code in the address bar's fragment (and on the clipboard when allowed). */
  async share(): Promise<void> {
    const url = `${location.href.split("#")[0]}${shareFragment(location.hash, this.id, this.code)}`;
    history.replaceState(history.state, "", url);
    try {
      await navigator.clipboard.writeText(url);
      this.setStatus("Link copied: it opens this page with this code");
    } catch {
      this.setStatus("The address bar now holds a link to this code");
    }
  }

  private setRunning(running: boolean): void {
    const button = this.button("run");
    button.textContent = running ? "Stop" : "Run";
    button.setAttribute("aria-label", `${running ? "Stop" : "Run"}${this.side ? ` ${this.side}` : ""}`);
    button.classList.toggle("button-stop", running);
    this.figure.toggleAttribute("data-running", running);
    this.setStatus(running ? "Running…" : "");
  }

  private setStatus(text: string): void {
    this.status.textContent = text;
  }

  private button(action: string): HTMLButtonElement {
    return this.figure.querySelector<HTMLButtonElement>(`[data-action="${action}"]`)!;
  }

  private emit(message: GuestMessage | { type: "start" }): void {
    this.listeners.forEach((listener) => listener(this, message));
  }

  private intend(intent: ExampleIntent): void {
    this.intentListeners.forEach((listener) => listener(this, intent));
  }
}
