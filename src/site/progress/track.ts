import { trackArticle } from "./track-article";
import { trackDeck } from "./track-deck";

/**
 * Starts whichever progress tracker fits the page (lesson article or deck); other pages keep none.
 * The presenter view is left out: its audience window, synced to the same slide, keeps the place.
 */
export function trackProgress(root: Document): void {
  const article = root.querySelector<HTMLElement>("[data-article][data-lesson]");
  if (article) return trackArticle(article);
  const deck = root.querySelector<HTMLElement>("[data-deck][data-lesson]:not([data-presenter])");
  if (deck) trackDeck(deck);
}
