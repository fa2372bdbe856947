import type { Deck } from "../core";
import { pageLocale, t } from "../../lib/i18n";
import { stepsOf } from "../steps";
import type { Controller } from "../types";

/** Longest step text read out when it appears. */
const maxAnnounced = 240;

/** The progress bar, "n / total", and a polite announcement of each slide and revealed step. */
export function progressController(deck: Deck): Controller {
  const bar = deck.root.querySelector<HTMLElement>("[data-deck-progress]");
  const counters = [...deck.root.querySelectorAll<HTMLElement>("[data-deck-counter]")];
  const stepCounters = [...deck.root.querySelectorAll<HTMLElement>("[data-deck-step]")];
  const announcer = deck.root.querySelector<HTMLElement>("[data-deck-announcer]");
  const locale = pageLocale(deck.root.ownerDocument);
  const announce = (text: string) => {
    if (announcer && announcer.textContent !== text) announcer.textContent = text;
  };
  return {
    update: ({ index, total, step, steps }) => {
      const n = index + 1;
      bar?.style.setProperty("--progress", String(total > 1 ? index / (total - 1) : 1));
      bar?.setAttribute("aria-valuenow", String(n));
      bar?.setAttribute("aria-valuemax", String(total));
      counters.forEach((counter) => (counter.textContent = `${n} / ${total}`));
      stepCounters.forEach((counter) => {
        counter.textContent = steps > 0 ? t(locale, "deck.stepOf", { step, steps }) : "";
        counter.hidden = steps === 0;
      });
    },
    // Read out once the change is on screen.
    settle: ({ index, total, slide, step, previous }) => {
      const n = index + 1;
      if (index !== previous.index) {
        const heading = slide.querySelector("h1, h2")?.textContent?.trim() ?? "";
        announce(t(locale, heading ? "deck.slideOfTitled" : "deck.slideOf", { n, total, heading }));
      } else if (step > previous.step) {
        // A revealed step is new content: read it, as reveal.js does for fragments.
        const text = stepsOf(slide)[step - 1]?.textContent?.replace(/\s+/g, " ").trim() ?? "";
        announce(text.length > maxAnnounced ? `${text.slice(0, maxAnnounced)}…` : text);
      }
    },
  };
}
