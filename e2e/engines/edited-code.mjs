// What the edit journeys share: open an example's editor and type new code into it, key by key.
import { clickButton, waitFor } from "../../scripts/engines/page-actions.mjs";

/** In the page: true once the editor inside `selector` has the keyboard focus. */
function editorFocused(selector) {
  return Boolean(document.activeElement?.closest(`${selector} .monaco-editor`));
}

/** In the page: the code as Monaco shows it (it draws spaces as no-break spaces). */
export function shownCode(selector) {
  return (document.querySelector(`${selector} .view-lines`)?.textContent ?? "").replaceAll("\u00a0", " ");
}

/** Presses Edit on the example `selector` finds, then replaces its code by typing `code` (one line: no auto-indent in the way). */
export async function typeNewCode(page, selector, code) {
  await clickButton(page, "Edit", { within: selector });
  // Monaco and its TypeScript worker load on the first Edit: a cold engine takes a while.
  await waitFor(page, editorFocused, selector, { timeout: 60_000, what: "the code editor to take the focus" });
  await page.press("Control+a");
  await page.type(code);
  // Auto-closed brackets and quotes are typed over, so the editor ends up with exactly `code`.
  await waitFor(page, (wanted) => (document.querySelector(`${wanted.selector} .view-lines`)?.textContent ?? "").replaceAll("\u00a0", " ").trim() === wanted.code, { selector, code }, { what: `the editor to show ${code}` });
}

/** Presses Reset, as a reader does to get the lesson's code back (edits are saved across visits), and waits for it. */
export async function resetCode(page, selector) {
  await clickButton(page, "Reset", { within: selector });
  await waitFor(page, (wanted) => {
    const figure = document.querySelector(wanted);
    const shown = (figure.querySelector(".view-lines")?.textContent ?? figure.querySelector("[data-code-view]")?.textContent ?? "").replaceAll("\u00a0", " ");
    return !figure.hasAttribute("data-edited") && shown.replace(/\s+/g, "") === (figure.dataset.code ?? "").replace(/\s+/g, "");
  }, selector, { what: "the lesson's code to be back" });
}
