/**
 * The note shown when a shared link opened over the reader's own edit: both versions are kept,
 * and one button swaps which one the example shows (and runs).
 */
import { pageLocale, t } from "../lib/i18n";

export function showVersionChoice(figure: HTMLElement): void {
  if (figure.querySelector("[data-version-choice]")) return;
  const locale = pageLocale(figure.ownerDocument);
  const note = document.createElement("p");
  note.className = "pg-version-choice";
  note.dataset.versionChoice = "";
  note.setAttribute("role", "status");
  const text = document.createElement("span");
  text.textContent = t(locale, "example.sharedOpened");
  const button = document.createElement("button");
  button.type = "button";
  button.className = "button";
  button.dataset.action = "swap-version";
  button.dataset.offers = "own";
  button.textContent = t(locale, "example.showOwn");
  note.append(text, button);
  figure.querySelector("[data-code-view]")?.before(note);
}

/** After a swap the button offers the other version. */
export function updateVersionChoice(button: HTMLElement): void {
  const offers = button.dataset.offers === "own" ? "shared" : "own";
  button.dataset.offers = offers;
  button.textContent = t(pageLocale(button.ownerDocument), offers === "own" ? "example.showOwn" : "example.showShared");
}
