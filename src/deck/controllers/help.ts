import { isDeckKey } from "./keyboard";
import type { Deck } from "../core";
import { registeredKeys, registerKeys } from "../keys";
import type { Controller } from "../types";

/** Renders the registered keys as one table per group. */
function keyTables(): HTMLElement[] {
  return registeredKeys().map(({ group, bindings }) => {
    const section = document.createElement("section");
    section.append(Object.assign(document.createElement("h3"), { textContent: group }));
    const table = document.createElement("table");
    for (const { keys, action } of bindings) {
      const row = table.insertRow();
      const keyCell = document.createElement("th");
      keyCell.scope = "row";
      keys.forEach((key, i) => {
        if (i > 0) keyCell.append(" ");
        keyCell.append(Object.assign(document.createElement("kbd"), { textContent: key }));
      });
      row.append(keyCell);
      row.insertCell().textContent = action;
    }
    section.append(table);
    return section;
  });
}

/** ? (or the button): every key the deck answers to, including keys other features registered. */
export function helpController(deck: Deck): Controller {
  const dialog = document.createElement("dialog");
  dialog.className = "deck-help";
  dialog.dataset.keysOwn = "";
  dialog.setAttribute("aria-labelledby", "deck-help-title");
  const title = Object.assign(document.createElement("h2"), { id: "deck-help-title", textContent: "Keyboard shortcuts" });
  const body = document.createElement("div");
  body.className = "deck-help-body";
  const close = Object.assign(document.createElement("button"), { type: "button", className: "deck-help-close", textContent: "Close" });
  dialog.append(title, body, close);
  const buttons = [...deck.root.querySelectorAll<HTMLButtonElement>("[data-deck-help]")];

  const show = () => {
    if (dialog.open) return;
    body.replaceChildren(...keyTables());
    dialog.showModal();
    close.focus();
  };
  const onKey = (event: KeyboardEvent) => {
    if (event.key !== "?" || event.ctrlKey || event.altKey || event.metaKey) return;
    if (dialog.open) {
      event.preventDefault();
      return dialog.close();
    }
    if (!isDeckKey(event)) return;
    event.preventDefault();
    show();
  };
  const hide = () => dialog.close();
  let unregister = () => {};
  return {
    bind: () => {
      deck.root.append(dialog);
      document.addEventListener("keydown", onKey);
      close.addEventListener("click", hide);
      buttons.forEach((button) => button.addEventListener("click", show));
      unregister = registerKeys("Help", [{ keys: ["?"], action: "This list of keys" }]);
    },
    destroy: () => {
      document.removeEventListener("keydown", onKey);
      buttons.forEach((button) => button.removeEventListener("click", show));
      dialog.remove();
      unregister();
    },
  };
}
