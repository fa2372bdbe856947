import { articleAnchorForSlide } from "../../lib/slide-map";
import type { Deck } from "../core";
import type { Controller } from "../types";

/** On-screen previous/next buttons (step-wise, like the keys), and the "Read" link to this slide's section. */
export function buttonsController(deck: Deck): Controller {
  const previous = deck.root.querySelector<HTMLButtonElement>("[data-deck-previous]");
  const next = deck.root.querySelector<HTMLButtonElement>("[data-deck-next]");
  const read = deck.root.querySelector<HTMLAnchorElement>("[data-deck-read]");
  const articleUrl = read?.getAttribute("href") ?? "";
  const goPrevious = () => deck.previous();
  const goNext = () => deck.next();
  return {
    bind: () => {
      previous?.addEventListener("click", goPrevious);
      next?.addEventListener("click", goNext);
    },
    update: ({ index, total, step, steps }) => {
      if (previous) previous.disabled = index === 0 && step === 0;
      if (next) next.disabled = index === total - 1 && step === steps;
    },
    settle: ({ index }) => read?.setAttribute("href", articleUrl + articleAnchorForSlide(index + 1)),
    destroy: () => {
      previous?.removeEventListener("click", goPrevious);
      next?.removeEventListener("click", goNext);
    },
  };
}
