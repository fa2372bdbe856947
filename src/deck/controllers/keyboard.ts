import type { Deck } from "../core";
import type { Controller } from "../types";

/** True when a key press belongs to something the reader is typing in or operating. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  return Boolean(target.closest("input, textarea, select, [contenteditable]:not([contenteditable='false']), .monaco-editor, [data-keys-own]"));
}

/** Slide keys: →/← Space/Shift+Space PageUp/PageDown Home/End — never while typing. */
export function keyboardController(deck: Deck): Controller {
  const actions: Record<string, (shift: boolean) => void> = {
    ArrowRight: () => deck.next(),
    ArrowDown: () => deck.next(),
    PageDown: () => deck.next(),
    ArrowLeft: () => deck.previous(),
    ArrowUp: () => deck.previous(),
    PageUp: () => deck.previous(),
    " ": (shift) => (shift ? deck.previous() : deck.next()),
    Home: () => deck.first(),
    End: () => deck.last(),
  };
  const onKey = (event: KeyboardEvent) => {
    const action = actions[event.key];
    if (!action || event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
    if (isTypingTarget(event.target)) return;
    // Space on a focused button presses it; let it.
    if (event.key === " " && event.target instanceof HTMLButtonElement) return;
    event.preventDefault();
    action(event.shiftKey);
  };
  return {
    bind: () => document.addEventListener("keydown", onKey),
    destroy: () => document.removeEventListener("keydown", onKey),
  };
}
