import { hashForPosition } from "./location";
import type { Deck } from "../core";
import type { Controller } from "../types";

/**
 * Opens (or brings forward) the talk's other window at the same slide: from the audience deck the
 * presenter view, from the presenter view the audience deck. P or the button; the windows then sync.
 */
export function otherWindowController(deck: Deck): Controller {
  const url = deck.root.dataset.otherWindow ?? "";
  const name = deck.root.dataset.otherWindowName ?? "";
  const ownName = deck.root.dataset.windowName ?? "";
  const isPresenter = deck.role === "presenter";
  const buttons = [...deck.root.querySelectorAll<HTMLElement>("[data-deck-other-window]")];

  const open = (event?: Event) => {
    event?.preventDefault();
    const target = `${url}${hashForPosition(deck.state)}`;
    // An empty URL finds a window already open under that name without reloading it (the talk goes on).
    const existing = window.open("", name, isPresenter ? "" : "popup,width=1280,height=800");
    if (!existing) return void window.open(target, "_blank");
    let showingTalk = false;
    try {
      showingTalk = existing.location.pathname === new URL(url, location.href).pathname;
    } catch {
      // That window moved to another site: bring it back to the talk.
    }
    if (!showingTalk) existing.location.href = target;
    existing.focus();
  };
  const action = isPresenter ? "keys.openAudience" : "keys.openPresenter";
  return {
    keys: { group: "keys.group.present", bindings: [{ keys: ["p", "P"], run: () => open(), help: { keys: ["P"], action } }] },
    bind: () => {
      // Named, so the other window can find this one again instead of opening a third.
      if (ownName) window.name = ownName;
      buttons.forEach((button) => button.addEventListener("click", open));
    },
    settle: (state) => buttons.forEach((button) => button instanceof HTMLAnchorElement && (button.href = `${url}${hashForPosition(state)}`)),
    destroy: () => buttons.forEach((button) => button.removeEventListener("click", open)),
  };
}
