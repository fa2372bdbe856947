import type { Deck } from "../core";
import type { KeyPress } from "../key-map";
import type { Controller } from "../types";

/** Space on a focused button presses it; the deck leaves it that. */
const notOnButton = (event: KeyPress) => !(event.target instanceof HTMLButtonElement);

/**
 * Slide keys, as reveal.js and Slidev agree: →/Space/PageDown (a clicker's "next") reveal the next
 * step or slide, ←/Shift+Space/PageUp go back; ↓/↑ skip steps (Slidev); Home/End — never while typing.
 */
export function keyboardController(deck: Deck): Controller {
  const next = () => deck.next();
  const previous = () => deck.previous();
  return {
    keys: {
      group: "keys.group.navigate",
      bindings: [
        { keys: ["ArrowRight", "PageDown"], run: next, help: { keys: ["→", "Space", "Page Down"], action: "keys.next" } },
        { keys: ["Shift+ "], run: previous, when: notOnButton },
        { keys: [" "], run: next, when: notOnButton },
        { keys: ["ArrowLeft", "PageUp"], run: previous, help: { keys: ["←", "Shift+Space", "Page Up"], action: "keys.previous" } },
        { keys: ["ArrowDown"], run: () => deck.nextSlide(), help: { keys: ["↓", "↑"], action: "keys.nextSlide" } },
        { keys: ["ArrowUp"], run: () => deck.previousSlide() },
        { keys: ["Home"], run: () => deck.first(), help: { keys: ["Home", "End"], action: "keys.firstLast" } },
        { keys: ["End"], run: () => deck.last() },
      ],
    },
  };
}
