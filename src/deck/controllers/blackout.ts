import type { Deck } from "../core";
import { pageLocale, t } from "../../lib/i18n";
import type { Controller } from "../types";

/**
 * B or . (what presentation clickers send for "blank screen"): the audience sees black until
 * pressed again. Synced, so the speaker can black out the projector from the presenter window.
 */
export function blackoutController(deck: Deck): Controller {
  const cover = document.createElement("div");
  cover.className = "deck-blackout";
  cover.hidden = true;
  const label = Object.assign(document.createElement("p"), { className: "deck-blackout-label", textContent: t(pageLocale(deck.root.ownerDocument), "deck.blackedOut") });
  cover.append(label);
  const buttons = [...deck.root.querySelectorAll<HTMLButtonElement>("[data-deck-blackout]")];
  const toggle = () => deck.setBlackout(!deck.state.blackout);
  return {
    keys: { group: "keys.group.screen", bindings: [{ keys: ["b", "B", "."], run: toggle, help: { keys: ["B", "."], action: "keys.blackout" } }] },
    bind: () => {
      (deck.root.querySelector("[data-canvas]")?.parentElement ?? deck.root).append(cover);
      cover.addEventListener("click", toggle);
      buttons.forEach((button) => button.addEventListener("click", toggle));
    },
    update: ({ blackout }) => {
      cover.hidden = !blackout;
      deck.root.toggleAttribute("data-blackout", blackout);
      buttons.forEach((button) => button.setAttribute("aria-pressed", String(blackout)));
    },
    destroy: () => {
      buttons.forEach((button) => button.removeEventListener("click", toggle));
      cover.remove();
    },
  };
}
