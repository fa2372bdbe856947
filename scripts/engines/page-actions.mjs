// What a journey does to a page, in any engine: built from the small EnginePage interface below.
import { waitUntil } from "./wait.mjs";

/**
 * @typedef {object} EnginePage One browser tab, driven the same way in every engine.
 * @property {string} name                                   e.g. "Firefox 153.0"
 * @property {number} processId                              root of the browser's process tree (for CPU figures)
 * @property {(url: string) => Promise<void>} goto           navigates and waits for the load event
 * @property {(fn: Function, arg?: unknown) => Promise<any>} evaluate  runs `fn(arg)` in the page (awaits a promise)
 * @property {(selector: string) => Promise<void>} click     a real pointer click on the first match
 * @property {(key: string) => Promise<void>} press          one key, "ArrowRight" or a chord like "Control+a"
 * @property {(text: string) => Promise<void>} type          types into whatever has focus, key by key
 * @property {() => Promise<string[]>} takePageErrors        uncaught page errors since the last call
 * @property {() => Promise<void>} close                     ends the browser and everything it started
 */

/** In the page: keeps uncaught errors for the harness (the top page only: an example's own error, in a sandbox worker, is not the page's). */
export function collectPageErrors() {
  if (window.__engineErrors) return;
  const errors = (window.__engineErrors = []);
  addEventListener("error", (event) => errors.push(String(event.error?.message ?? event.message)));
  addEventListener("unhandledrejection", (event) => errors.push(`Unhandled rejection: ${String(event.reason?.message ?? event.reason)}`));
}

/** Resolves with `fn(arg)`'s value in the page once it is truthy; throws after `timeout`. */
export function waitFor(page, fn, arg, { timeout = 10_000, what = fn.name } = {}) {
  return waitUntil(() => page.evaluate(fn, arg), { timeout, what });
}

/** In the page: tags the visible button named `name` (its aria-label, else its text) inside `within`; returns its selector. */
function tagButton({ name, within }) {
  const scope = within ? document.querySelector(within) : document;
  const named = (element) => (element.getAttribute("aria-label") ?? element.textContent ?? "").trim() === name;
  const shown = (element) => element.getClientRects().length > 0 && !element.disabled;
  const button = [...(scope?.querySelectorAll("button, [role=button], summary, a[href]") ?? [])].find((element) => named(element) && shown(element));
  if (!button) return null;
  button.setAttribute("data-engine-target", name);
  // As a reader would, bring it to the middle of the screen first (clear of the sticky header).
  button.scrollIntoView({ block: "center", behavior: "instant" });
  return `[data-engine-target="${CSS.escape(name)}"]`;
}

/** Clicks the button a person would know by `name` (inside the element `within` selects), once it shows. */
export async function clickButton(page, name, { within, timeout = 10_000 } = {}) {
  await page.evaluate(() => document.querySelectorAll("[data-engine-target]").forEach((element) => element.removeAttribute("data-engine-target")));
  const selector = await waitFor(page, tagButton, { name, within: within ?? null }, { timeout, what: `a button named "${name}"${within ? ` in ${within}` : ""}` });
  await page.evaluate(holdStill, selector);
  await page.click(selector);
}

/**
 * In the page: brings the element into view at once and resolves once it has kept its place for a few
 * frames (at most 2 s). WebKit's driver aims before it clicks: a smooth scroll, or a timeline drawn
 * under the example that just ended, moved the button 175 px down in between and the click missed it.
 */
function holdStill(wanted) {
  const element = document.querySelector(wanted);
  if (!element) return Promise.resolve(false);
  return new Promise((resolve) => {
    const started = performance.now();
    let last = "";
    let still = 0;
    const look = () => {
      element.scrollIntoView({ block: "center", behavior: "instant" });
      const box = element.getBoundingClientRect();
      const place = `${Math.round(box.x)},${Math.round(box.y)}`;
      still = place === last ? still + 1 : 0;
      last = place;
      // Timers, not animation frames: a window the driver does not focus may get no frames at all.
      if (still >= 3 || performance.now() - started > 2000) resolve(true);
      else setTimeout(look, 20);
    };
    look();
  });
}

/** The text of the first element `selector` matches ("" when there is none). */
export function textOf(page, selector) {
  return page.evaluate((wanted) => document.querySelector(wanted)?.textContent ?? "", selector);
}
