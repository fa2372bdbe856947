/**
 * A "predict the output" item: the reader orders the lines (buttons, or Alt+↑/↓ on a focused line),
 * then every run of the example shows the real order against the guess.
 */
import type { Example } from "../examples/example";
import { moveLine, scoreGuess } from "./predict-order";
import { pageLocale, t } from "../lib/i18n";

export class PredictView {
  private readonly list: HTMLOListElement;
  private readonly result: HTMLElement;
  private readonly locale = pageLocale();

  constructor(
    readonly section: HTMLElement,
    private readonly example: Example,
  ) {
    this.list = section.querySelector<HTMLOListElement>("[data-predict-lines]")!;
    this.result = section.querySelector<HTMLElement>("[data-predict-result]")!;
    example.onRun((_, event) => {
      if (event.type === "start") this.result.textContent = t(this.locale, "predict.running");
      // The announcer's "done" comes once the run is over, however it ended.
      if (event.type === "done" && !example.runs.busy) this.compare();
    });
  }

  private get items(): HTMLLIElement[] {
    return [...this.list.querySelectorAll<HTMLLIElement>(":scope > li")];
  }

  /** Moves `item` one place; keeps focus where the reader's keys are, and says where it went. */
  move(item: HTMLLIElement, step: -1 | 1, focus: "item" | "button"): void {
    const items = this.items;
    const from = items.indexOf(item);
    const order = moveLine(items, from, step);
    if (order[from] === item) return;
    this.list.replaceChildren(...order);
    this.updateButtons();
    const at = order.indexOf(item) + 1;
    if (focus === "item") item.focus();
    else {
      const button = item.querySelector<HTMLButtonElement>(`[data-move="${step < 0 ? "up" : "down"}"]`);
      (button && !button.disabled ? button : item).focus();
    }
    this.result.textContent = t(this.locale, "predict.moved", { line: item.dataset.line ?? "", at, count: order.length });
  }

  private updateButtons(): void {
    const items = this.items;
    items.forEach((item, i) => {
      item.querySelector<HTMLButtonElement>('[data-move="up"]')!.disabled = i === 0;
      item.querySelector<HTMLButtonElement>('[data-move="down"]')!.disabled = i === items.length - 1;
      item.querySelector<HTMLElement>("[data-line-verdict]")!.textContent = "";
      delete item.dataset.right;
    });
  }

  /** Shows, line by line, whether the guess matches what the run printed. */
  compare(): void {
    const real = this.example.lastRun?.printed ?? [];
    const items = this.items;
    const score = scoreGuess(items.map((item) => item.dataset.line ?? ""), real);
    items.forEach((item, i) => {
      item.dataset.right = String(score[i]);
      const where = real.indexOf(item.dataset.line ?? "");
      item.querySelector<HTMLElement>("[data-line-verdict]")!.textContent = score[i] ? t(this.locale, "predict.right") : where >= 0 ? t(this.locale, "predict.reallyLine", { n: where + 1 }) : t(this.locale, "predict.notPrinted");
    });
    const right = score.filter(Boolean).length;
    this.section.dataset.predicted = right === items.length ? "right" : "wrong";
    this.result.textContent =
      right === items.length ? t(this.locale, "predict.allRight", { count: items.length }) : t(this.locale, "predict.someRight", { right, count: items.length, order: real.join(" · ") });
  }
}
