import type { Deck } from "../core";
import { pageLocale, t } from "../../lib/i18n";
import { storedTextSize } from "../text-size";
import type { Controller } from "../types";

/** Notes text size in the presenter, in px: readable at arm's length, adjustable. */
const notesSizes = [16, 18, 20, 22, 25, 28, 32, 36];

/** The presenter's speaker notes: the current slide's <Notes>, rendered as the lesson wrote them. */
export function notesController(deck: Deck): Controller {
  const pane = deck.root.querySelector<HTMLElement>("[data-presenter-notes]");
  const smaller = deck.root.querySelector<HTMLButtonElement>("[data-notes-smaller]");
  const larger = deck.root.querySelector<HTMLButtonElement>("[data-notes-larger]");
  const textSize = storedTextSize("interleave:notes-font", notesSizes, 22);
  let size = textSize.read();

  const showSize = () => {
    pane?.style.setProperty("--notes-size", `${size}px`);
    if (smaller) smaller.disabled = textSize.isSmallest(size);
    if (larger) larger.disabled = textSize.isLargest(size);
  };
  const resize = (direction: -1 | 1) => {
    size = textSize.step(size, direction);
    showSize();
  };
  const onSmaller = () => resize(-1);
  const onLarger = () => resize(1);
  return {
    bind: () => {
      showSize();
      smaller?.addEventListener("click", onSmaller);
      larger?.addEventListener("click", onLarger);
    },
    update: ({ index, previous, slide }) => {
      if (!pane || index === previous.index) return;
      const bodies = [...slide.querySelectorAll<HTMLElement>("[data-notes] .notes-body")];
      if (bodies.length === 0) {
        pane.replaceChildren(Object.assign(document.createElement("p"), { className: "presenter-no-notes", textContent: t(pageLocale(deck.root.ownerDocument), "notes.none") }));
      } else {
        pane.replaceChildren(...bodies.flatMap((body) => [...body.cloneNode(true).childNodes]));
      }
      pane.scrollTop = 0;
    },
    destroy: () => {
      smaller?.removeEventListener("click", onSmaller);
      larger?.removeEventListener("click", onLarger);
    },
  };
}
