/**
 * The deck opens with a cover slide the article shows as its header, so deck slide k
 * is the article's section "slide-(k-1)", and deck slide 1 is the top of the article.
 */

/** Deck slide number (1-based) → the article's anchor for it. */
export function articleAnchorForSlide(deckSlide: number): string {
  return deckSlide <= 1 ? "" : `#slide-${deckSlide - 1}`;
}

/** The article's section number (1-based, 0 for the header) → the deck slide showing it. */
export function slideForArticleSection(section: number): number {
  return Math.max(0, section) + 1;
}
