/**
 * One exercise on the page: Check runs the reader's code in the sandbox like Run does (same clock,
 * Stop, time limit, syntax-error markers), then imports the exercise's checks — not before — and
 * shows one verdict per check. Hints come one at a time; the solution shows as a diff beside the
 * reader's code and never replaces it.
 */
import type { Example } from "../examples/example";
import type { Check } from "./checks/api";
import { diffLines } from "./diff";
import { markSolved } from "./solved";
import { showSolved } from "./solved-mark";
import { pageLocale, t, type MessageKey } from "../lib/i18n";

/** The exercise's checks module, fetched once per page when first needed. */
const checkModules = new Map<string, Promise<Check[]>>();
function loadChecks(url: string): Promise<Check[]> {
  let checks = checkModules.get(url);
  if (!checks) {
    checks = import(/* @vite-ignore */ url).then((module: { default: Check[] }) => module.default);
    checks.catch(() => checkModules.delete(url));
    checkModules.set(url, checks);
  }
  return checks;
}

export class ExerciseView {
  private readonly verdicts: HTMLElement;
  private readonly checksUrl: string;
  private diff: HTMLElement | undefined;
  private readonly locale = pageLocale();

  constructor(
    readonly section: HTMLElement,
    private readonly example: Example,
  ) {
    this.verdicts = section.querySelector<HTMLElement>("[data-verdicts]")!;
    this.checksUrl = section.dataset.checks ?? "";
  }

  get id(): string {
    return this.section.dataset.exerciseId ?? "";
  }

  /** Runs the reader's code and judges what it did. */
  async check(): Promise<void> {
    if (this.example.runs.busy) return this.say(this.t("exercise.busy"));
    const before = this.example.lastRun;
    this.say(this.t("exercise.checking"));
    await this.example.runs.run({ trace: this.section.hasAttribute("data-trace") });
    const run = this.example.lastRun;
    if (!run || run === before) return this.say(this.t("exercise.didNotRun"));
    const started = performance.now();
    try {
      const [{ evaluate, allPassed }, checks] = await Promise.all([import("./checks/evaluate"), loadChecks(this.checksUrl)]);
      const verdicts = evaluate(checks, run);
      this.showVerdicts(verdicts);
      this.section.dataset.checkMs = String(Math.round(performance.now() - started));
      if (allPassed(verdicts)) {
        markSolved(this.id);
        showSolved(this.section, true);
      }
    } catch (error) {
      this.say(this.t("exercise.checksFailedToLoad", { message: error instanceof Error ? error.message : String(error) }));
    }
  }

  /** Reveals the next hint; the button says how many remain. */
  nextHint(button: HTMLElement): void {
    const hints = [...this.section.querySelectorAll<HTMLElement>("[data-hint]")];
    const next = hints.find((hint) => hint.hidden);
    if (!next) return;
    next.hidden = false;
    next.setAttribute("tabindex", "-1");
    next.focus();
    const shown = hints.filter((hint) => !hint.hidden).length;
    const count = button.querySelector("[data-hint-count]");
    if (shown === hints.length) {
      button.setAttribute("disabled", "");
      if (count) count.textContent = this.t("exercise.allHintsShown");
    } else if (count) count.textContent = this.t("exercise.hintCount", { n: shown + 1, total: hints.length });
  }

  /** Shows or hides the solution as a diff beside the reader's code (their code stays as it is). */
  toggleSolution(button: HTMLElement): void {
    const showing = button.getAttribute("aria-pressed") !== "true";
    button.setAttribute("aria-pressed", String(showing));
    this.section.toggleAttribute("data-showing-solution", showing);
    if (!showing) {
      this.section.removeAttribute("data-side-by-side");
      this.section.querySelector<HTMLElement>("[data-ex-work]")?.style.removeProperty("width");
      return void this.diff?.setAttribute("hidden", "");
    }
    this.diff ??= this.makeDiffPanel();
    this.diff.hidden = false;
    this.renderDiff();
    this.placeSideBySide();
  }

  /** Redraws the diff against the reader's current code (after an edit). */
  renderDiff(): void {
    if (!this.diff || this.diff.hidden) return;
    const list = this.diff.querySelector("ol")!;
    list.replaceChildren(
      ...diffLines(this.example.code, this.section.dataset.solution ?? "").map((line) => {
        const item = document.createElement("li");
        item.className = `ex-diff-${line.kind}`;
        const mark = line.kind === "added" ? "+" : line.kind === "removed" ? "−" : " ";
        const words = line.kind === "added" ? this.t("exercise.onlyInSolution") : line.kind === "removed" ? this.t("exercise.onlyInYours") : "";
        const element = document.createElement(line.kind === "added" ? "ins" : line.kind === "removed" ? "del" : "span");
        element.append(Object.assign(document.createElement("span"), { className: "visually-hidden", textContent: words }), line.text || " ");
        item.append(Object.assign(document.createElement("span"), { className: "ex-diff-mark", ariaHidden: "true", textContent: mark }), element);
        return item;
      }),
    );
  }

  /** Widens the code-and-diff pair into the room right of the reading column, when there is enough for two panes. */
  private placeSideBySide(): void {
    const work = this.section.querySelector<HTMLElement>("[data-ex-work]");
    if (!work || this.section.closest(".deck-canvas")) return;
    const room = document.documentElement.clientWidth - work.getBoundingClientRect().left - 16;
    const sideBySide = room >= 2 * 360;
    this.section.toggleAttribute("data-side-by-side", sideBySide);
    if (sideBySide) work.style.width = `${Math.min(room, 1400)}px`;
  }

  private makeDiffPanel(): HTMLElement {
    const panel = document.createElement("figure");
    panel.className = "ex-diff";
    panel.dataset.solutionDiff = "";
    const caption = Object.assign(document.createElement("figcaption"), { className: "pg-head", textContent: this.t("exercise.diffCaption") });
    const legend = Object.assign(document.createElement("p"), { className: "ex-diff-legend", textContent: this.t("exercise.diffLegend") });
    const list = document.createElement("ol");
    list.setAttribute("aria-label", this.t("exercise.diffLabel"));
    list.tabIndex = 0;
    panel.append(caption, legend, list);
    const work = this.section.querySelector<HTMLElement>("[data-ex-work]") ?? this.section;
    work.append(panel);
    return panel;
  }

  private t(key: MessageKey, params?: Record<string, string | number>): string {
    return t(this.locale, key, params);
  }

  private say(text: string): void {
    this.verdicts.replaceChildren(Object.assign(document.createElement("p"), { className: "ex-verdict-note", textContent: text }));
  }

  private showVerdicts(verdicts: { name: string; passed: boolean; message: string }[]): void {
    const passed = verdicts.filter((verdict) => verdict.passed).length;
    const summary = Object.assign(document.createElement("p"), {
      className: passed === verdicts.length ? "ex-summary ex-pass" : "ex-summary ex-fail",
      textContent: passed === verdicts.length ? this.t("exercise.allPass", { count: verdicts.length }) : this.t("exercise.somePass", { passed, count: verdicts.length }),
    });
    const list = document.createElement("ul");
    list.className = "ex-verdict-list";
    for (const verdict of verdicts) {
      const item = document.createElement("li");
      item.className = verdict.passed ? "ex-pass" : "ex-fail";
      item.dataset.verdict = verdict.passed ? "pass" : "fail";
      const mark = Object.assign(document.createElement("span"), { className: "ex-mark", textContent: this.t(verdict.passed ? "exercise.passed" : "exercise.failed") });
      const name = Object.assign(document.createElement("strong"), { textContent: verdict.name });
      item.append(mark, name);
      if (!verdict.passed && verdict.message) item.append(Object.assign(document.createElement("span"), { className: "ex-message", textContent: ` — ${verdict.message}` }));
      list.append(item);
    }
    this.verdicts.replaceChildren(summary, list);
    this.section.dataset.checked = passed === verdicts.length ? "pass" : "fail";
  }
}
