import type { Deck } from "../core";
import type { HelpSection } from "../key-map";
import type { Controller } from "../types";
import { pageLocale, t, translateOr } from "../../lib/i18n";

/** Renders the deck's help rows as one table per group. */
function keyTables(sections: HelpSection[]): HTMLElement[] {
  const locale = pageLocale();
  return sections.map(({ group, rows }) => {
    const section = document.createElement("section");
    section.append(Object.assign(document.createElement("h3"), { textContent: translateOr(locale, group) }));
    const table = document.createElement("table");
    for (const { keys, action } of rows) {
      const row = table.insertRow();
      const keyCell = document.createElement("th");
      keyCell.scope = "row";
      keys.forEach((key, i) => {
        if (i > 0) keyCell.append(" ");
        keyCell.append(Object.assign(document.createElement("kbd"), { textContent: key }));
      });
      row.append(keyCell);
      row.insertCell().textContent = translateOr(locale, action);
    }
    section.append(table);
    return section;
  });
}

/** ? (or the button): every key the deck answers to, including keys the page added (the trace's). */
export function helpController(deck: Deck): Controller {
  const locale = pageLocale();
  const dialog = document.createElement("dialog");
  dialog.className = "deck-help";
  dialog.dataset.keysOwn = "";
  dialog.setAttribute("aria-labelledby", "deck-help-title");
  const title = Object.assign(document.createElement("h2"), { id: "deck-help-title", textContent: t(locale, "keys.title") });
  const body = document.createElement("div");
  body.className = "deck-help-body";
  const close = Object.assign(document.createElement("button"), { type: "button", className: "deck-help-close", textContent: t(locale, "keys.close") });
  dialog.append(title, body, close);
  const buttons = [...deck.root.querySelectorAll<HTMLButtonElement>("[data-deck-help]")];

  const show = () => {
    if (dialog.open) return;
    body.replaceChildren(...keyTables(deck.keys.help()));
    dialog.showModal();
    close.focus();
  };
  const hide = () => dialog.close();
  return {
    keys: {
      group: "keys.group.help",
      bindings: [
        // The open dialog owns its keys (a typing target); ? still closes it.
        { keys: ["?"], whileTyping: true, when: () => dialog.open, run: hide },
        { keys: ["?"], run: show, help: { keys: ["?"], action: "keys.thisList" } },
      ],
    },
    bind: () => {
      deck.root.append(dialog);
      close.addEventListener("click", hide);
      buttons.forEach((button) => button.addEventListener("click", show));
    },
    destroy: () => {
      buttons.forEach((button) => button.removeEventListener("click", show));
      dialog.remove();
    },
  };
}
