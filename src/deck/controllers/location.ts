import type { Deck } from "../core";
import type { Controller } from "../types";

/** "#7" → 6 (0-based); anything else → undefined. */
export function slideIndexFromHash(hash: string): number | undefined {
  const match = /^#(\d+)(?:&|$)/.exec(hash);
  return match ? Math.max(0, Number(match[1]) - 1) : undefined;
}

/** The URL names the slide (#N, 1-based): reload or a shared link lands on it. */
export function locationController(deck: Deck): Controller {
  const onHashChange = () => {
    const index = slideIndexFromHash(location.hash);
    if (index !== undefined) deck.go(index);
  };
  return {
    bind: () => window.addEventListener("hashchange", onHashChange),
    // replaceState: paging through a talk should not fill the back button with every slide.
    update: ({ index }) => history.replaceState(history.state, "", `#${index + 1}`),
    destroy: () => window.removeEventListener("hashchange", onHashChange),
  };
}
