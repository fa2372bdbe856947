import type { Deck } from "../core";
import { pageLocale, t } from "../../lib/i18n";
import { advance } from "../position";
import { stepsOf } from "../steps";
import { fitThumbnails, scaleThumbnails, slideThumbnail } from "../thumbnail";
import type { Controller, DeckState } from "../types";

/** The presenter's "Next" pane: what the next press will show — the next step here, or the next slide. */
export function nextPreviewController(deck: Deck): Controller {
  const pane = deck.root.querySelector<HTMLElement>("[data-presenter-next]");
  const caption = deck.root.querySelector<HTMLElement>("[data-presenter-next-caption]");
  const locale = pageLocale(deck.root.ownerDocument);
  const stepCount = (index: number) => stepsOf(deck.slides[index]).length;
  let stopScaling = () => {};

  // A copy of a whole slide costs a layout: it is made once the live slide is on screen.
  const render = ({ index, step, total }: DeckState) => {
    if (!pane) return;
    const next = advance({ index, step }, total, stepCount);
    if (next.index === index && next.step === step) {
      pane.replaceChildren(Object.assign(document.createElement("p"), { className: "presenter-end", textContent: t(locale, "next.end") }));
      if (caption) caption.textContent = t(locale, "next.nothing");
      return;
    }
    pane.replaceChildren(slideThumbnail(deck.slides[next.index]!, next.step));
    fitThumbnails(pane);
    if (caption) caption.textContent = next.index === index ? t(locale, "next.step", { step: next.step, steps: stepCount(index) }) : t(locale, "next.slide", { n: next.index + 1 });
  };

  return {
    bind: () => {
      if (pane) stopScaling = scaleThumbnails(pane, () => pane);
    },
    settle: render,
    destroy: () => stopScaling(),
  };
}
