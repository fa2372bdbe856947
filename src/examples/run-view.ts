/**
 * What a reader sees of an example's runs: the Run/Stop button, the status line, and the output
 * panel (lines, runtime errors mapped to the TypeScript line, and how the run ended).
 */
import { mapErrorLocation } from "../code/source-map";
import { SEED_FILE, tracebackLine } from "../code/python-traceback";
import type { Diagnostic } from "../code/types";
import type { ErrorMessage, GuestMessage } from "../sandbox/protocol/messages";
import { BROKE_PROTOCOL, OVER_BUDGET, type RunEnd } from "../sandbox/host/sandbox";
import { formatDuration } from "../timeline/format";
import { pageLocale, t, type Locale, type MessageKey } from "../lib/i18n";
import { OutputView } from "./output-view";
import type { RunSink, RunState, StartedRun } from "./run-session";

export interface RunViewOptions {
  side: string | undefined;
  timeLimit: number;
  /** Marks the line an error points at, in the code. */
  markError(line: number, message: string): void;
  /** "python": the button reads "Run Python", and errors are Python tracebacks. */
  language?: "python";
}

export class RunView implements RunSink {
  private readonly output: OutputView;
  private readonly status: HTMLElement;
  private readonly button: HTMLButtonElement;
  private readonly locale: Locale;

  constructor(
    private readonly figure: HTMLElement,
    private readonly options: RunViewOptions,
  ) {
    this.output = new OutputView(figure.querySelector<HTMLElement>("[data-output]")!);
    this.status = figure.querySelector<HTMLElement>("[data-status]")!;
    this.button = figure.querySelector<HTMLButtonElement>('[data-action="run"]')!;
    this.locale = pageLocale(figure.ownerDocument);
  }

  /** A string of the page's edition. */
  private t(key: MessageKey, params?: Record<string, string | number>): string {
    return t(this.locale, key, params);
  }

  private duration(ms: number): string {
    return formatDuration(ms, this.locale);
  }

  /** The speed chosen beside the example (1 when it has no choice). */
  scale(fallback: number): number {
    return Number(this.figure.querySelector<HTMLSelectElement>("[data-scale-select]")?.value ?? fallback);
  }

  /** The button reads Stop from the click on, so a run can be stopped while its code compiles. */
  state(state: RunState): void {
    const label = this.t(state === "idle" ? "example.run" : "example.stop");
    const python = this.options.language === "python";
    this.button.textContent = python && state === "idle" ? this.t("example.runPython") : label;
    this.button.setAttribute("aria-label", `${label}${this.options.side ? ` ${this.options.side}` : ""}${python ? " Python" : ""}`);
    this.button.classList.toggle("button-stop", state !== "idle");
    this.figure.toggleAttribute("data-running", state === "running");
    if (state !== "starting") this.setStatus(state === "running" ? this.t("run.running") : "");
  }

  started(): void {
    this.output.reset();
  }

  message(message: GuestMessage, run: StartedRun): void {
    if (message.type === "logs") this.output.append(message.lines);
    else if (message.type === "dropped") this.output.dropped(message.count);
    else if (message.type === "tick") this.setStatus(this.t("run.runningFor", { time: this.duration(message.time) }));
    else if (message.type === "error" && message.kind !== "timeout") void this.showRuntimeError(message, run);
  }

  ended(end: RunEnd): void {
    if (end.reason === "done") this.output.status(this.t("run.doneIn", { time: this.duration(end.time) }), "done");
    else if (end.reason === "stopped") this.output.status(this.t("run.stopped"), "stopped");
    else if (end.reason === "refused") this.output.status(this.t("run.stoppedBecause", { why: this.reason(end.why) }), "stopped");
    else this.output.status(this.t("run.timeLimit", { time: this.duration(end.limit || this.options.timeLimit) }), "stopped");
    this.setStatus("");
  }

  failed(error: Error): void {
    this.output.reset();
    this.output.status(this.t("run.couldNotRun", { message: error.message }), "error");
  }

  showSyntaxErrors(diagnostics: Diagnostic[]): void {
    this.output.reset();
    for (const diagnostic of diagnostics) {
      const at = this.t("run.atLine", { line: diagnostic.line, column: diagnostic.column });
      this.output.status(this.t("run.syntaxError", { message: diagnostic.message }), "error", at);
    }
    this.setStatus("");
  }

  /** The host's reason for refusing a run, in the page's words (a protocol problem's detail stays as the host wrote it). */
  private reason(why: string): string {
    if (why === OVER_BUDGET) return this.t("run.overBudget");
    if (why.startsWith(BROKE_PROTOCOL)) return this.t("run.brokeProtocol") + why.slice(BROKE_PROTOCOL.length);
    return why;
  }

  setStatus(text: string): void {
    this.status.textContent = text;
  }

  /** CPython's traceback as it prints it, and the line of the seed's code it points at. */
  private showTraceback(error: ErrorMessage): void {
    const traceback = error.stack || `${error.name}: ${error.message}`;
    this.output.status(traceback, "error");
    const line = tracebackLine(traceback, SEED_FILE);
    if (line !== undefined) this.options.markError(line, `${error.name}: ${error.message}`);
  }

  private async showRuntimeError(error: ErrorMessage, run: StartedRun): Promise<void> {
    if (run.source.language === "python") return this.showTraceback(error);
    const prefix = this.t(error.kind === "unhandledrejection" ? "run.uncaughtInPromise" : "run.uncaught");
    const headline = `${prefix}${error.name ? `${error.name}: ` : ""}${error.message}`;
    const line = this.output.status(headline, "error");
    // Python prints "Task exception was never retrieved"; say in words what the browser's wording means.
    if (error.kind === "unhandledrejection") line.append(detail(this.t("run.unawaitedRejection")));
    const map = await run.source.sourceMap();
    const at = map ? mapErrorLocation(error.stack, map, "blob:") : null;
    if (!at) return;
    line.append(detail(this.t("run.atLine", { line: at.line, column: at.column })));
    this.options.markError(at.line, headline);
  }
}

/** Words after an error's headline, which a lesson's promised output leaves out. */
function detail(text: string): HTMLElement {
  return Object.assign(document.createElement("span"), { className: "pg-detail", textContent: text });
}
