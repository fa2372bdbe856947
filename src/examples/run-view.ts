/**
 * What a reader sees of an example's runs: the Run/Stop button, the status line, and the output
 * panel (lines, runtime errors mapped to the TypeScript line, and how the run ended).
 */
import { mapErrorLocation } from "../code/source-map";
import type { Diagnostic } from "../code/types";
import type { ErrorMessage, GuestMessage } from "../sandbox/protocol/messages";
import type { RunEnd } from "../sandbox/host/sandbox";
import { formatDuration } from "../timeline/format";
import { OutputView } from "./output-view";
import type { RunSink, RunState, StartedRun } from "./run-session";

export interface RunViewOptions {
  side: string | undefined;
  timeLimit: number;
  /** Marks the line an error points at, in the code. */
  markError(line: number, message: string): void;
}

export class RunView implements RunSink {
  private readonly output: OutputView;
  private readonly status: HTMLElement;
  private readonly button: HTMLButtonElement;

  constructor(
    private readonly figure: HTMLElement,
    private readonly options: RunViewOptions,
  ) {
    this.output = new OutputView(figure.querySelector<HTMLElement>("[data-output]")!);
    this.status = figure.querySelector<HTMLElement>("[data-status]")!;
    this.button = figure.querySelector<HTMLButtonElement>('[data-action="run"]')!;
  }

  /** The speed chosen beside the example (1 when it has no choice). */
  scale(fallback: number): number {
    return Number(this.figure.querySelector<HTMLSelectElement>("[data-scale-select]")?.value ?? fallback);
  }

  /** The button reads Stop from the click on, so a run can be stopped while its code compiles. */
  state(state: RunState): void {
    const label = state === "idle" ? "Run" : "Stop";
    this.button.textContent = label;
    this.button.setAttribute("aria-label", `${label}${this.options.side ? ` ${this.options.side}` : ""}`);
    this.button.classList.toggle("button-stop", state !== "idle");
    this.figure.toggleAttribute("data-running", state === "running");
    if (state !== "starting") this.setStatus(state === "running" ? "Running…" : "");
  }

  started(): void {
    this.output.reset();
  }

  message(message: GuestMessage, run: StartedRun): void {
    if (message.type === "logs") this.output.append(message.lines);
    else if (message.type === "dropped") this.output.dropped(message.count);
    else if (message.type === "tick") this.setStatus(`Running… ${formatDuration(message.time)}`);
    else if (message.type === "error" && message.kind !== "timeout") void this.showRuntimeError(message, run);
  }

  ended(end: RunEnd): void {
    if (end.reason === "done") this.output.status(`done in ${formatDuration(end.time)}`, "done");
    else if (end.reason === "stopped") this.output.status("stopped", "stopped");
    else if (end.reason === "refused") this.output.refused(end.why);
    else this.output.status(`stopped after ${formatDuration(end.limit || this.options.timeLimit)}: the time limit`, "stopped");
    this.setStatus("");
  }

  failed(error: Error): void {
    this.output.reset();
    this.output.status(`Could not run: ${error.message}`, "error");
  }

  showSyntaxErrors(diagnostics: Diagnostic[]): void {
    this.output.reset();
    for (const diagnostic of diagnostics) {
      this.output.status(`Syntax error: ${diagnostic.message}`, "error", ` — line ${diagnostic.line}:${diagnostic.column}`);
    }
    this.setStatus("");
  }

  setStatus(text: string): void {
    this.status.textContent = text;
  }

  private async showRuntimeError(error: ErrorMessage, run: StartedRun): Promise<void> {
    const prefix = error.kind === "unhandledrejection" ? "Uncaught (in promise) " : "Uncaught ";
    const headline = `${prefix}${error.name ? `${error.name}: ` : ""}${error.message}`;
    const line = this.output.status(headline, "error");
    // Python prints "Task exception was never retrieved"; say in words what the browser's wording means.
    if (error.kind === "unhandledrejection") line.append(detail(" — nothing awaited or caught this promise"));
    const map = await run.source.sourceMap();
    const at = map ? mapErrorLocation(error.stack, map, "blob:") : null;
    if (!at) return;
    line.append(detail(` — line ${at.line}:${at.column}`));
    this.options.markError(at.line, headline);
  }
}

/** Words after an error's headline, which a lesson's promised output leaves out. */
function detail(text: string): HTMLElement {
  return Object.assign(document.createElement("span"), { className: "pg-detail", textContent: text });
}
