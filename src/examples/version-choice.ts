/**
 * The note shown when a shared link opened over the reader's own edit: both versions are kept,
 * and one button swaps which one the example shows (and runs).
 */
const SHOW_OWN = "Show your version";
const SHOW_SHARED = "Show the shared version";

export function showVersionChoice(figure: HTMLElement): void {
  if (figure.querySelector("[data-version-choice]")) return;
  const note = document.createElement("p");
  note.className = "pg-version-choice";
  note.dataset.versionChoice = "";
  note.setAttribute("role", "status");
  const text = document.createElement("span");
  text.textContent = "Opened from a shared link. Your own version is kept. ";
  const button = document.createElement("button");
  button.type = "button";
  button.className = "button";
  button.dataset.action = "swap-version";
  button.textContent = SHOW_OWN;
  note.append(text, button);
  figure.querySelector("[data-code-view]")?.before(note);
}

/** After a swap the button offers the other version. */
export function updateVersionChoice(button: HTMLElement): void {
  button.textContent = button.textContent === SHOW_OWN ? SHOW_SHARED : SHOW_OWN;
}
