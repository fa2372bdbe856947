import { isTypingTarget } from "./keyboard";
import type { Deck } from "../core";
import type { Controller } from "../types";

/** F (or the button) toggles fullscreen. */
export function fullscreenController(deck: Deck): Controller {
  const button = deck.root.querySelector<HTMLButtonElement>("[data-deck-fullscreen]");
  const toggle = () => {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void document.documentElement.requestFullscreen?.().catch(() => {});
  };
  const onKey = (event: KeyboardEvent) => {
    if (event.key.toLowerCase() !== "f" || event.ctrlKey || event.metaKey || event.altKey) return;
    if (isTypingTarget(event.target)) return;
    event.preventDefault();
    toggle();
  };
  const onChange = () => button?.setAttribute("aria-pressed", String(Boolean(document.fullscreenElement)));
  return {
    bind: () => {
      document.addEventListener("keydown", onKey);
      document.addEventListener("fullscreenchange", onChange);
      button?.addEventListener("click", toggle);
    },
    destroy: () => {
      document.removeEventListener("keydown", onKey);
      document.removeEventListener("fullscreenchange", onChange);
      button?.removeEventListener("click", toggle);
    },
  };
}
