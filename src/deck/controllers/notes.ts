import type { Deck } from "../core";
import type { Controller } from "../types";

/** Notes text size in the presenter, in px: readable at arm's length, adjustable. */
const notesSizes = [16, 18, 20, 22, 25, 28, 32, 36];
const notesKey = "interleave:notes-font";

/** The presenter's speaker notes: the current slide's <Notes>, rendered as the lesson wrote them. */
export function notesController(deck: Deck): Controller {
  const pane = deck.root.querySelector<HTMLElement>("[data-presenter-notes]");
  const smaller = deck.root.querySelector<HTMLButtonElement>("[data-notes-smaller]");
  const larger = deck.root.querySelector<HTMLButtonElement>("[data-notes-larger]");
  const stored = () => {
    try {
      return Number(localStorage.getItem(notesKey));
    } catch {
      return 0;
    }
  };
  let size = stored() || 22;

  const showSize = () => {
    pane?.style.setProperty("--notes-size", `${size}px`);
    if (smaller) smaller.disabled = size <= notesSizes[0]!;
    if (larger) larger.disabled = size >= notesSizes[notesSizes.length - 1]!;
  };
  const resize = (direction: -1 | 1) => {
    const at = notesSizes.findIndex((candidate) => candidate >= size);
    size = notesSizes[Math.min(Math.max(0, (at < 0 ? notesSizes.length - 1 : at) + direction), notesSizes.length - 1)]!;
    try {
      localStorage.setItem(notesKey, String(size));
    } catch {
      // Storage off: the size lasts until the page closes.
    }
    showSize();
  };
  const onSmaller = () => resize(-1);
  const onLarger = () => resize(1);
  let shownIndex = -1;
  return {
    bind: () => {
      showSize();
      smaller?.addEventListener("click", onSmaller);
      larger?.addEventListener("click", onLarger);
    },
    update: ({ index, slide }) => {
      if (!pane || index === shownIndex) return;
      shownIndex = index;
      const bodies = [...slide.querySelectorAll<HTMLElement>("[data-notes] .notes-body")];
      if (bodies.length === 0) {
        pane.replaceChildren(Object.assign(document.createElement("p"), { className: "presenter-no-notes", textContent: "No notes for this slide." }));
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
