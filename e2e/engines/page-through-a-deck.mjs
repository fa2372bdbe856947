// Journey: a speaker opens a lesson's deck and presses "next" through every slide, with no page error.
import { waitFor } from "../../scripts/engines/page-actions.mjs";

/** In the page: the deck's counter as numbers, e.g. { at: 3, of: 12 } (null before the deck starts). */
function deckPosition() {
  const [at, of] = (document.querySelector("[data-deck-counter]")?.textContent ?? "").split("/").map(Number);
  return at > 0 && of > 1 ? { at, of, hash: location.hash } : null;
}

export default {
  name: "a speaker pages through a whole deck with the next key",
  async run(page, { site, lessons }) {
    const [lesson] = lessons;
    await page.goto(site.url(`lessons/${lesson.slug}/slides/`));
    let position = await waitFor(page, deckPosition, undefined, { what: "the deck to show its counter" });
    let presses = 0;
    // → reveals the next step, or the next slide: each press moves the address (#7, #7.1, #8…).
    while (position.at < position.of) {
      if (++presses > 500) throw new Error(`still on slide ${position.at} of ${position.of} after 500 presses`);
      await page.press("ArrowRight");
      const before = position.hash;
      position = await waitFor(page, (previous) => {
        const [at, of] = (document.querySelector("[data-deck-counter]")?.textContent ?? "").split("/").map(Number);
        return location.hash !== previous && { at, of, hash: location.hash };
      }, before, { what: `the deck to move on from ${before || "the cover"}` });
    }
    return `${position.of} slides of "${lesson.title}" in ${presses} presses`;
  },
};
