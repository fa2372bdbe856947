import { keepVersion, loadKept } from "./saved-code";
import { pageLocale, t } from "../lib/i18n";
import { updateVersionChoice } from "./version-choice";
import { takePythonSandbox, takeSandbox } from "../sandbox/host/pool";
import { showPythonDownload } from "./python-download";
import type { TimelineModel } from "../timeline/model";
import { once } from "../lib/once";
import { copyCode, shareCode } from "./clipboard";
import { CodeDocument } from "./code-document";
import { ExampleEvents, type IntentListener, type RunListener } from "./events";
import { compileEdited, loadShipped, pythonSource, type RunSource } from "./run-source";
import { RunSession, type RunRequest } from "./run-session";
import { RunTimeline } from "./run-timeline";
import { RunView } from "./run-view";
import { emptyRecord, recordMessage, type RunRecord } from "../sandbox/protocol/run-record";
import type { RunSink } from "./run-session";

/** Default time limit of a run, in real milliseconds. */
export const defaultTimeLimit = 10_000;

/** The trace (issue 8): its code, with the parser and instrumenter, loads only when a traced run is first asked for. */
const loadTrace = once(() => import("../trace/trace-run"));

/** One runnable example on the page: its code, its runs and what they show, wired together. */
export class Example {
  readonly figure: HTMLElement;
  readonly id: string;
  readonly original: string;
  readonly side: string | undefined;
  readonly label: string;
  readonly timeLimit: number;
  /** "python" for a seed's original, run with Pyodide. */
  readonly language: "python" | undefined;
  readonly events: ExampleEvents;
  readonly runs: RunSession;
  private readonly moduleUrl: string;
  private readonly doc: CodeDocument;
  private readonly view: RunView;
  private readonly runTimeline = new RunTimeline();
  private record: RunRecord | undefined;

  constructor(figure: HTMLElement) {
    this.figure = figure;
    this.id = figure.dataset.id ?? "";
    this.original = figure.dataset.code ?? "";
    this.moduleUrl = figure.dataset.module ?? "";
    this.side = figure.dataset.sideName ?? figure.dataset.side;
    this.label = figure.querySelector(".pg-title")?.textContent?.trim() ?? "Example";
    this.timeLimit = Number(figure.dataset.timeout ?? defaultTimeLimit);
    this.language = figure.dataset.language === "python" ? "python" : undefined;
    const defaultScale = Number(figure.dataset.scale ?? 1);
    this.events = new ExampleEvents(this);
    this.doc = new CodeDocument(figure, {
      id: this.id,
      original: this.original,
      label: this.label,
      onEdit: (code, editing) => this.events.intend({ type: "code", code, editing }),
      onRun: () => void this.runs.toggle({ trace: false }),
    });
    this.view = new RunView(figure, {
      side: this.side,
      timeLimit: this.timeLimit,
      markError: (line, message) => this.doc.markError(line, message),
      language: this.language,
    });
    this.runs = new RunSession({
      prepare: (request) => this.prepare(request),
      sandbox: this.language === "python" ? () => showPythonDownload(figure, takePythonSandbox()) : takeSandbox,
      settings: () => ({ scale: this.view.scale(defaultScale), timeLimit: this.timeLimit }),
      // In this order: the panel and timeline are up to date when listeners hear of a change.
      sinks: [this.view, this.runTimeline, this.recorder(defaultScale), this.events.announcer(() => this.runTimeline.model?.end ?? 0)],
    });
  }

  /** The code a Run would run: the editor's, a saved edit, or the lesson's. */
  get code(): string {
    return this.doc.text;
  }

  /** True while Monaco stands in for the static block. */
  get editing(): boolean {
    return this.doc.editing;
  }

  /** The latest run's timeline, if there was a run. */
  get timeline(): TimelineModel | undefined {
    return this.runTimeline.model;
  }

  /** What the latest run that started printed and did, as plain data (for an exercise's checks). */
  get lastRun(): RunRecord | undefined {
    return this.record;
  }

  /** A sink keeping the record of the latest run, from the messages the page accepted. */
  private recorder(defaultScale: number): RunSink {
    return {
      started: () => (this.record = emptyRecord(this.timeLimit * this.view.scale(defaultScale), pageLocale(this.figure.ownerDocument))),
      message: (message) => this.record && recordMessage(this.record, message),
      ended: (end) => {
        if (!this.record || end.reason === "done") return;
        this.record.ending = end.reason === "time-limit" ? "time-limit" : "stopped";
      },
    };
  }

  /** Subscribes to this example's runs; returns the unsubscribe. */
  onRun(listener: RunListener): () => void {
    return this.events.onRun(listener);
  }

  /** Subscribes to edits, runs and stops (e.g. to mirror them in another window); returns the unsubscribe. */
  onIntent(listener: IntentListener): () => void {
    return this.events.onIntent(listener);
  }

  /** Ends the run at once, or cancels it before it starts. */
  stop(): void {
    this.runs.stop();
  }

  /** Shows code typed elsewhere (another window). */
  setCode(code: string): void {
    this.doc.set(code);
  }

  /** Swaps the static block for Monaco, in place. */
  edit(): Promise<void> {
    return this.doc.edit();
  }

  /** Swaps the code shown with the version kept aside when a shared link was opened. */
  swapVersion(button: HTMLElement): void {
    const kept = loadKept(this.id);
    if (kept === undefined) return;
    keepVersion(this.id, this.code);
    this.setCode(kept);
    updateVersionChoice(button);
  }

  /** Back to the lesson's code. */
  reset(): void {
    this.doc.reset();
    this.view.setStatus(t(pageLocale(this.figure.ownerDocument), "example.backToLesson"));
  }

  async copy(): Promise<void> {
    this.view.setStatus(await copyCode(this.code));
  }

  /** Puts the code in the address bar's fragment (and on the clipboard when allowed). */
  async share(): Promise<void> {
    this.view.setStatus(await shareCode(this.id, this.code));
  }

  /** Highlights the line a trace step is on (null clears). */
  showTraceLine(line: number | null): void {
    this.doc.showStep(line);
  }

  /** The code to run: compiled (and instrumented for a trace), or undefined with the reason shown. */
  private async prepare(request: RunRequest): Promise<RunSource | undefined> {
    if (this.language === "python") return pythonSource(this.code, this.figure.dataset.setup, this.figure.dataset.epilogue);
    const code = this.code;
    this.doc.clearMarks();
    const compiled = await this.compile(code);
    if (!compiled || !request.trace) return compiled;
    return (await loadTrace()).traceSource(this, compiled);
  }

  /** Shipped with the page when unedited (no compiler needed), compiled here when edited. */
  private async compile(code: string): Promise<RunSource | undefined> {
    if (code === this.original) return loadShipped(this.moduleUrl);
    this.view.setStatus(t(pageLocale(this.figure.ownerDocument), "example.compiling"));
    const compiled = await compileEdited(code);
    if ("diagnostics" in compiled) {
      this.view.showSyntaxErrors(compiled.diagnostics);
      this.doc.showDiagnostics(compiled.diagnostics);
      return undefined;
    }
    this.view.setStatus("");
    return compiled;
  }
}
