import type { LogLine } from "../sandbox/protocol/messages";
import type { Example } from "./example";
import { compareOutputs, type LineVerdict } from "./output-diff";
import { RunSession } from "./run-session";
import { TimelinePanel } from "./timeline-panel";
import { pageLocale, t, type MessageKey } from "../lib/i18n";

const why: Record<Exclude<LineVerdict, "same">, MessageKey> = {
  text: "port.differsText",
  time: "port.differsTime",
  missing: "port.missing",
};

/**
 * "Compare with TypeScript": a seed's Python original and its TypeScript port, started at the same
 * moment, drawn on one time axis (a lane per task of each), their printed lines compared in order
 * and the differences highlighted in both output panels.
 */
export class PortComparison {
  private readonly lines = new Map<Example, LogLine[]>();
  private readonly ended = new Set<Example>();
  private readonly section: HTMLElement;
  private readonly summary: HTMLElement;

  constructor(
    figure: HTMLElement,
    private readonly python: Example,
    private readonly port: Example,
  ) {
    this.section = figure.querySelector<HTMLElement>("[data-port-compare]")!;
    this.summary = this.section.querySelector<HTMLElement>("[data-port-summary]")!;
    new TimelinePanel(this.section.querySelector<HTMLElement>("[data-port-timeline]")!, [python, port], (example) =>
      example === python ? "Python" : "TypeScript",
    );
    for (const example of [python, port]) {
      example.onRun((_, event) => {
        if (event.type === "start") {
          this.lines.set(example, []);
          this.ended.delete(example);
        } else if (event.type === "logs") this.lines.get(example)?.push(...event.lines);
        else if (event.type === "done") {
          this.ended.add(example);
          if (this.ended.size === 2) this.showDifferences();
        }
      });
    }
  }

  get busy(): boolean {
    return this.python.runs.busy || this.port.runs.busy;
  }

  /** Starts both together, or stops both. */
  toggle(): Promise<void> {
    if (this.busy) {
      this.python.stop();
      this.port.stop();
      return Promise.resolve();
    }
    this.section.hidden = false;
    this.summary.textContent = t(pageLocale(), "port.running");
    return RunSession.together([this.python.runs, this.port.runs], { trace: false });
  }

  private showDifferences(): void {
    const python = this.lines.get(this.python) ?? [];
    const port = this.lines.get(this.port) ?? [];
    const comparison = compareOutputs(python, port, pageLocale());
    this.summary.textContent = comparison.summary;
    mark(this.python.figure, comparison.first);
    mark(this.port.figure, comparison.second);
  }
}

/** Highlights the printed lines that differ, and says why to anyone pointing at or reading them. */
function mark(figure: HTMLElement, verdicts: LineVerdict[]): void {
  const items = figure.querySelectorAll<HTMLElement>("[data-output] .pg-line:not(.pg-status-line)");
  items.forEach((item, i) => {
    const verdict = verdicts[i] ?? "same";
    item.classList.toggle("pg-differs", verdict !== "same");
    if (verdict === "same") return item.removeAttribute("title");
    const locale = pageLocale(figure.ownerDocument);
    item.title = t(locale, "port.lineTitle", { why: t(locale, why[verdict]) });
    item.querySelector(".pg-text")?.setAttribute("aria-description", t(locale, "port.differs", { why: t(locale, why[verdict]) }));
  });
}
