import type { Deck } from "../core";
import type { Position } from "../position";
import type { Controller } from "../types";

/** "#7" → 6, "#7.2" or "#7&step=2" → 6 (0-based); anything else → undefined. */
export function slideIndexFromHash(hash: string): number | undefined {
  return positionFromHash(hash)?.index;
}

/** "#7.2" or "#7&step=2" → slide 6 with 2 steps revealed; "#7" → step 0; others (e.g. "#share=…") → undefined. */
export function positionFromHash(hash: string): Position | undefined {
  const match = /^#(\d+)(?:\.(\d+))?(?=&|$)/.exec(hash);
  if (!match) return undefined;
  const named = /[#&]step=(\d+)(?:&|$)/.exec(hash)?.[1];
  return { index: Math.max(0, Number(match[1]) - 1), step: Number(match[2] ?? named ?? 0) };
}

/** Slide 6, step 2 → "#7.2"; step 0 → "#7". */
export function hashForPosition({ index, step }: Position): string {
  return `#${index + 1}${step > 0 ? `.${step}` : ""}`;
}

/** The URL names the slide and step (#N or #N.S, 1-based slide): reload or a shared link lands on it. */
export function locationController(deck: Deck): Controller {
  // replaceState: paging through a talk should not fill the back button with every slide.
  // Once settled: the history call costs milliseconds the slide change should not wait for.
  const writeHash = (position: Position) => {
    const hash = hashForPosition(position);
    if (location.hash !== hash) history.replaceState(history.state, "", hash);
  };
  const onHashChange = () => {
    const position = positionFromHash(location.hash);
    if (position) deck.go(position.index, position.step);
  };
  return {
    bind: () => window.addEventListener("hashchange", onHashChange),
    settle: writeHash,
    destroy: () => window.removeEventListener("hashchange", onHashChange),
  };
}
