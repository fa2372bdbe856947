import { isDeckKey } from "./keyboard";
import type { Deck } from "../core";
import { registerKeys } from "../keys";
import type { Controller } from "../types";

/** F (or the button) toggles fullscreen. */
export function fullscreenController(deck: Deck): Controller {
  const button = deck.root.querySelector<HTMLButtonElement>("[data-deck-fullscreen]");
  const toggle = () => {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void document.documentElement.requestFullscreen?.().catch(() => {});
  };
  const onKey = (event: KeyboardEvent) => {
    if (event.key.toLowerCase() !== "f" || !isDeckKey(event)) return;
    event.preventDefault();
    toggle();
  };
  const onChange = () => button?.setAttribute("aria-pressed", String(Boolean(document.fullscreenElement)));
  let unregister = () => {};
  return {
    bind: () => {
      document.addEventListener("keydown", onKey);
      document.addEventListener("fullscreenchange", onChange);
      button?.addEventListener("click", toggle);
      unregister = registerKeys("Screen", [{ keys: ["F"], action: "Fullscreen on / off" }]);
    },
    destroy: () => {
      document.removeEventListener("keydown", onKey);
      document.removeEventListener("fullscreenchange", onChange);
      button?.removeEventListener("click", toggle);
      unregister();
    },
  };
}
