import { articleAnchorForSlide } from "../../lib/slide-map";
import type { Deck } from "../core";
import type { Controller } from "../types";

/** On-screen previous/next buttons, and the "Read" link that opens the article at this slide's section. */
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
    update: ({ index, total }) => {
      if (previous) previous.disabled = index === 0;
      if (next) next.disabled = index === total - 1;
      read?.setAttribute("href", articleUrl + articleAnchorForSlide(index + 1));
    },
    destroy: () => {
      previous?.removeEventListener("click", goPrevious);
      next?.removeEventListener("click", goNext);
    },
  };
}
