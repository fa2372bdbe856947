import { isDeckKey } from "./keyboard";
import type { Deck } from "../core";
import { registerKeys } from "../keys";
import type { Controller } from "../types";

/**
 * B or . (what presentation clickers send for "blank screen"): the audience sees black until
 * pressed again. Synced, so the speaker can black out the projector from the presenter window.
 */
export function blackoutController(deck: Deck): Controller {
  const cover = document.createElement("div");
  cover.className = "deck-blackout";
  cover.hidden = true;
  const label = Object.assign(document.createElement("p"), { className: "deck-blackout-label", textContent: "Screen blacked out · press B to bring it back" });
  cover.append(label);
  const buttons = [...deck.root.querySelectorAll<HTMLButtonElement>("[data-deck-blackout]")];
  const toggle = () => deck.setBlackout(!deck.state.blackout);
  const onKey = (event: KeyboardEvent) => {
    if (!["b", "B", "."].includes(event.key) || !isDeckKey(event)) return;
    event.preventDefault();
    toggle();
  };
  let unregister = () => {};
  return {
    bind: () => {
      (deck.root.querySelector("[data-canvas]")?.parentElement ?? deck.root).append(cover);
      cover.addEventListener("click", toggle);
      buttons.forEach((button) => button.addEventListener("click", toggle));
      document.addEventListener("keydown", onKey);
      unregister = registerKeys("Screen", [{ keys: ["B", "."], action: "Black out the screen, and back" }]);
    },
    update: ({ blackout }) => {
      cover.hidden = !blackout;
      deck.root.toggleAttribute("data-blackout", blackout);
      buttons.forEach((button) => button.setAttribute("aria-pressed", String(blackout)));
    },
    destroy: () => {
      document.removeEventListener("keydown", onKey);
      buttons.forEach((button) => button.removeEventListener("click", toggle));
      cover.remove();
      unregister();
    },
  };
}
