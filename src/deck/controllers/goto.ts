import type { Deck } from "../core";
import { pageLocale, t } from "../../lib/i18n";
import type { Controller } from "../types";

/** "12" → slide 12 (1-based), within 1…total; anything else → undefined. */
export function slideNumberFrom(text: string, total: number): number | undefined {
  const match = /^\s*(\d+)\s*$/.exec(text);
  if (!match) return undefined;
  return Math.min(Math.max(1, Number(match[1])), total);
}

/** G, then a slide number, then Enter (reveal.js and Slidev both use G); Esc cancels. */
export function gotoController(deck: Deck): Controller {
  const locale = pageLocale(deck.root.ownerDocument);
  const form = document.createElement("form");
  form.className = "deck-goto";
  form.hidden = true;
  form.dataset.keysOwn = "";
  form.setAttribute("role", "search");
  form.setAttribute("aria-label", t(locale, "goto.label"));
  const label = Object.assign(document.createElement("label"), { className: "deck-goto-label" });
  const text = document.createElement("span");
  const input = Object.assign(document.createElement("input"), { type: "text", inputMode: "numeric", autocomplete: "off", className: "deck-goto-input" });
  const help = Object.assign(document.createElement("span"), { className: "deck-goto-help", textContent: t(locale, "goto.help") });
  label.append(text, input);
  form.append(label, help);
  let returnFocus: Element | null = null;

  const open = () => {
    returnFocus = document.activeElement;
    text.textContent = t(locale, "goto.prompt", { total: deck.slides.length });
    input.value = "";
    form.hidden = false;
    input.focus();
  };
  const close = () => {
    if (form.hidden) return;
    form.hidden = true;
    if (returnFocus instanceof HTMLElement && returnFocus.isConnected) returnFocus.focus({ preventScroll: true });
    else (document.activeElement as HTMLElement | null)?.blur();
  };
  const onSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    const n = slideNumberFrom(input.value, deck.slides.length);
    close();
    if (n !== undefined) deck.go(n - 1, 0);
  };
  const onInputKey = (event: KeyboardEvent) => {
    if (event.key !== "Escape") return;
    event.preventDefault();
    event.stopPropagation();
    close();
  };
  return {
    keys: { group: "keys.group.find", bindings: [{ keys: ["g", "G"], run: open, help: { keys: ["G", "12", "Enter"], action: "keys.goto" } }] },
    bind: () => {
      deck.root.append(form);
      form.addEventListener("submit", onSubmit);
      input.addEventListener("keydown", onInputKey);
      input.addEventListener("blur", close);
    },
    destroy: () => form.remove(),
  };
}
