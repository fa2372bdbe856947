import type { Deck } from "../core";
import { afterPaint } from "../later";
import { advance } from "../position";
import { stepsOf } from "../steps";
import { fitThumbnails, scaleThumbnails, slideThumbnail } from "../thumbnail";
import type { Controller } from "../types";

/** The presenter's "Next" pane: what the next press will show — the next step here, or the next slide. */
export function nextPreviewController(deck: Deck): Controller {
  const pane = deck.root.querySelector<HTMLElement>("[data-presenter-next]");
  const caption = deck.root.querySelector<HTMLElement>("[data-presenter-next-caption]");
  const stepCount = (index: number) => stepsOf(deck.slides[index]).length;
  let stopScaling = () => {};

  // A copy of a whole slide costs a layout: it is made once the live slide is on screen.
  const render = afterPaint(() => {
    if (!pane) return;
    const { index, step, total } = deck.state;
    const next = advance({ index, step }, total, stepCount);
    if (next.index === index && next.step === step) {
      pane.replaceChildren(Object.assign(document.createElement("p"), { className: "presenter-end", textContent: "End of the deck" }));
      if (caption) caption.textContent = "Next: nothing — this is the last slide";
      return;
    }
    pane.replaceChildren(slideThumbnail(deck.slides[next.index]!, next.step));
    fitThumbnails(pane);
    if (caption) caption.textContent = next.index === index ? `Next: step ${next.step} of ${stepCount(index)} on this slide` : `Next: slide ${next.index + 1}`;
  });

  return {
    bind: () => {
      if (pane) stopScaling = scaleThumbnails(pane, () => pane);
    },
    update: render,
    destroy: () => stopScaling(),
  };
}
