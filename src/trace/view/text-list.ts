/**
 * The trace as text: an ordered list, one item per step, the current one marked — the alternative
 * to the picture. Built only while open (a trace may hold 20,000 steps) and then kept current.
 */
import { formatDuration } from "../../timeline/format.ts";
import { withLine } from "./describe.ts";
import { el } from "./dom.ts";
import type { TraceModel } from "./model.ts";
import { formatCount, t, type Locale } from "../../lib/i18n/index.ts";

export class TextList {
  readonly root: HTMLDetailsElement;
  private readonly list: HTMLOListElement;
  private readonly summary: HTMLElement;
  private model: TraceModel | undefined;
  private current = -1;

  constructor(private readonly locale: Locale = "en") {
    this.summary = el("summary", {}, t(locale, "trace.asText"));
    this.list = el("ol", {});
    this.root = el("details", { class: "trace-text" }, this.summary, this.list);
    this.root.addEventListener("toggle", () => this.sync());
  }

  reset(model: TraceModel): void {
    this.model = model;
    this.current = -1;
    this.list.replaceChildren();
  }

  /** Adds items for new steps and moves the mark; cheap when closed. */
  show(step: number): void {
    this.current = step;
    this.sync();
  }

  private sync(): void {
    const model = this.model;
    if (!model) return;
    this.summary.textContent = t(this.locale, "trace.asTextCount", { count: formatCount(this.locale, model.length) });
    if (!this.root.open) return;
    const items = this.list.children;
    const fragment = document.createDocumentFragment();
    for (let index = items.length; index < model.length; index++) {
      const step = model.steps[index]!;
      fragment.append(el("li", {}, `${formatDuration(step.event.time, this.locale)} — ${withLine(step, this.locale)}`));
    }
    this.list.append(fragment);
    this.list.querySelector("[aria-current]")?.removeAttribute("aria-current");
    items[this.current]?.setAttribute("aria-current", "step");
  }
}
