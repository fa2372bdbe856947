import type { Deck } from "../core";
import type { Controller } from "../types";

/** Minimum horizontal travel, in CSS pixels, that counts as a swipe. */
const swipeDistance = 50;

/** Horizontal swipes on a touch screen page through the slides. */
export function touchController(deck: Deck): Controller {
  let start: { x: number; y: number } | undefined;
  const onDown = (event: PointerEvent) => {
    start = event.pointerType === "touch" ? { x: event.clientX, y: event.clientY } : undefined;
  };
  const onUp = (event: PointerEvent) => {
    if (!start) return;
    const dx = event.clientX - start.x;
    const dy = event.clientY - start.y;
    start = undefined;
    if (Math.abs(dx) < swipeDistance || Math.abs(dx) < Math.abs(dy)) return;
    if (dx < 0) deck.next();
    else deck.previous();
  };
  return {
    bind: () => {
      deck.root.addEventListener("pointerdown", onDown);
      deck.root.addEventListener("pointerup", onUp);
    },
    destroy: () => {
      deck.root.removeEventListener("pointerdown", onDown);
      deck.root.removeEventListener("pointerup", onUp);
    },
  };
}
