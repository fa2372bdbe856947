import { fitSlide } from "./controllers/scale";
import { showSteps, stepsOf } from "./steps";

/** True when the URL asks for the printable deck (`?print`), as `npm run pdf` does. */
export const wantsPrint = (search: string) => new URLSearchParams(search).has("print");

/**
 * Lays every slide out as one 1280×720 page: all steps revealed, examples as highlighted code with
 * their promised output, notes and controls hidden (deck.css, `.deck[data-print]`).
 * Returns the undo, for a deck printed from the browser's own Print.
 */
export function enterPrintMode(root: HTMLElement): () => void {
  const slides = [...root.querySelectorAll<HTMLElement>("[data-canvas] > .slide")];
  const pages = slides.map((slide) => {
    const page = document.createElement("div");
    // A page is a canvas of its own, so every slide keeps the deck's 1280×720 layout.
    page.className = "deck-canvas print-page";
    slide.before(page);
    page.append(slide);
    showSteps(slide, stepsOf(slide).length);
    return page;
  });
  const closed = [...root.querySelectorAll<HTMLDetailsElement>(".pg-expected:not([open])")];
  closed.forEach((details) => (details.open = true));
  root.dataset.print = "";
  slides.forEach(fitSlide);
  return () => {
    delete root.dataset.print;
    closed.forEach((details) => (details.open = false));
    pages.forEach((page, i) => page.replaceWith(slides[i]!));
  };
}

/** The `?print` page: lays out for print and says when it is ready (fonts in, slides fitted). */
export async function startPrint(root: HTMLElement): Promise<void> {
  enterPrintMode(root);
  root.dataset.ready = "";
  await document.fonts.ready;
  root.querySelectorAll<HTMLElement>("[data-canvas] .slide").forEach(fitSlide);
  root.dataset.printReady = "";
}
