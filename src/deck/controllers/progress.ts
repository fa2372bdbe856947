import type { Deck } from "../core";
import type { Controller } from "../types";

/** The progress bar, "n / total", and a polite announcement of each slide for screen readers. */
export function progressController(deck: Deck): Controller {
  const bar = deck.root.querySelector<HTMLElement>("[data-deck-progress]");
  const counter = deck.root.querySelector<HTMLElement>("[data-deck-counter]");
  const announcer = deck.root.querySelector<HTMLElement>("[data-deck-announcer]");
  return {
    update: ({ index, total, slide }) => {
      const n = index + 1;
      bar?.style.setProperty("--progress", String(total > 1 ? index / (total - 1) : 1));
      bar?.setAttribute("aria-valuenow", String(n));
      if (counter) counter.textContent = `${n} / ${total}`;
      const heading = slide.querySelector("h1, h2")?.textContent?.trim() ?? "";
      if (announcer) announcer.textContent = `Slide ${n} of ${total}${heading ? `: ${heading}` : ""}`;
    },
  };
}
