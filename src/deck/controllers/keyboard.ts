import type { Deck } from "../core";
import { isPlainKey, registerKeys } from "../keys";
import type { Controller } from "../types";
import { isTypingTarget } from "../../lib/typing-target";


/** True when a deck shortcut may act on this key press: plain, and not typed into something. */
export function isDeckKey(event: KeyboardEvent): boolean {
  return isPlainKey(event) && !isTypingTarget(event.target);
}

/**
 * Slide keys, as reveal.js and Slidev agree: →/Space/PageDown (a clicker's "next") reveal the next
 * step or slide, ←/Shift+Space/PageUp go back; ↓/↑ skip steps (Slidev); Home/End — never while typing.
 */
export function keyboardController(deck: Deck): Controller {
  const actions: Record<string, (shift: boolean) => void> = {
    ArrowRight: () => deck.next(),
    PageDown: () => deck.next(),
    ArrowLeft: () => deck.previous(),
    PageUp: () => deck.previous(),
    ArrowDown: () => deck.nextSlide(),
    ArrowUp: () => deck.previousSlide(),
    " ": (shift) => (shift ? deck.previous() : deck.next()),
    Home: () => deck.first(),
    End: () => deck.last(),
  };
  const onKey = (event: KeyboardEvent) => {
    const action = actions[event.key];
    if (!action || !isDeckKey(event)) return;
    // Space on a focused button presses it; let it.
    if (event.key === " " && event.target instanceof HTMLButtonElement) return;
    event.preventDefault();
    action(event.shiftKey);
  };
  let unregister = () => {};
  return {
    bind: () => {
      document.addEventListener("keydown", onKey);
      unregister = registerKeys("Navigate", [
        { keys: ["→", "Space", "Page Down"], action: "Next step, or next slide" },
        { keys: ["←", "Shift+Space", "Page Up"], action: "Previous step, or previous slide" },
        { keys: ["↓", "↑"], action: "Next / previous slide, skipping steps" },
        { keys: ["Home", "End"], action: "First / last slide" },
      ]);
    },
    destroy: () => {
      document.removeEventListener("keydown", onKey);
      unregister();
    },
  };
}
