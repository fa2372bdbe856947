import type { Deck } from "../core";
import type { Controller } from "../types";

/** F (or the button) toggles fullscreen. */
export function fullscreenController(deck: Deck): Controller {
  const button = deck.root.querySelector<HTMLButtonElement>("[data-deck-fullscreen]");
  const toggle = () => {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void document.documentElement.requestFullscreen?.().catch(() => {});
  };
  const onChange = () => button?.setAttribute("aria-pressed", String(Boolean(document.fullscreenElement)));
  return {
    keys: { group: "keys.group.screen", bindings: [{ keys: ["f", "F"], run: toggle, help: { keys: ["F"], action: "keys.fullscreen" } }] },
    bind: () => {
      document.addEventListener("fullscreenchange", onChange);
      button?.addEventListener("click", toggle);
    },
    destroy: () => {
      document.removeEventListener("fullscreenchange", onChange);
      button?.removeEventListener("click", toggle);
    },
  };
}
