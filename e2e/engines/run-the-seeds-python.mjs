// Journey: a Python programmer runs a seed's original with Run Python (real CPython asyncio, on Pyodide),
// then runs `while True: pass` from a shared link and stops it, and the page stays responsive.
import { clickButton, waitFor } from "../../scripts/engines/page-actions.mjs";

/** Download and start of Pyodide in a fresh browser, on a loaded 2-core machine (2–3 s when quiet). */
const COLD_START = 150_000;

/** In the page: tags the Python original whose code contains `text`; returns its selector and the lesson's code. */
function tagPythonOriginal({ text, as }) {
  const figure = [...document.querySelectorAll("figure[data-language='python']")].find((candidate) =>
    candidate.querySelector("[data-code-view]")?.textContent?.includes(text),
  );
  figure?.setAttribute("data-journey-unit", as);
  return figure ? { selector: `[data-journey-unit="${as}"]`, id: figure.dataset.id, code: figure.dataset.code } : null;
}

/** In the page: the printed lines and the closing line ("done in …", "stopped") of an example. */
function outputState(selector) {
  const figure = document.querySelector(selector);
  return {
    running: figure.hasAttribute("data-running"),
    lines: [...figure.querySelectorAll("[data-output] .pg-text")].map((line) => line.textContent),
    status: figure.querySelector("[data-status]")?.textContent ?? "",
    download: figure.querySelector("[data-download]")?.hidden === false ? figure.querySelector("[data-download]").value : undefined,
    closing: figure.querySelector(".pg-done, .pg-stopped")?.textContent ?? "",
    runLabel: figure.querySelector('[data-action="run"]')?.getAttribute("aria-label"),
  };
}

/** In the page: resolves with how long one animation frame took to come, in ms (a frozen page never answers). */
function frameDelay() {
  const asked = performance.now();
  return new Promise((resolve) => requestAnimationFrame(() => resolve(performance.now() - asked)));
}

/** The fragment a share link carries (src/examples/share-link.ts): the example's id and its code, base64url. */
const shareLink = (id, code) => `#share=${encodeURIComponent(id)}~${Buffer.from(code, "utf8").toString("base64url")}`;

export default {
  name: "a Python programmer runs the seed's jumping_range and stops an endless Python loop",
  timeout: 6 * 60_000,
  async run(page, { site }) {
    const lesson = site.url("lessons/sending-values/");
    await page.goto(lesson);
    const driver = await page.evaluate(tagPythonOriginal, { text: "iterator.send(2)", as: "jumping-range" });
    if (!driver) throw new Error("no Python original driving jumping_range on lessons/sending-values/");
    const started = Date.now();
    await clickButton(page, "Run Python", { within: driver.selector });
    const ran = await waitFor(page, (selector) => {
      const figure = document.querySelector(selector);
      return !figure.hasAttribute("data-running") && figure.querySelector(".pg-done, .pg-stopped, .pg-error") ? true : null;
    }, driver.selector, { timeout: COLD_START, what: "Run Python to finish (Pyodide downloads and starts first)" }).catch(async (error) => {
      throw new Error(`${error.message}; the example shows ${JSON.stringify(await page.evaluate(outputState, driver.selector))}`);
    });
    const printed = ran && (await page.evaluate(outputState, driver.selector));
    if (printed.lines.join(" ") !== "0 2 3 2 3 4") {
      throw new Error(`jumping_range printed "${printed.lines.join(" ")}" (${printed.closing}), not "0 2 3 2 3 4"`);
    }
    const firstRun = (Date.now() - started) / 1000;

    // The same tab, already on the lesson: a shared link puts an endless loop in the same example.
    await page.goto(`${lesson}${shareLink(driver.id, "print('spinning')\nwhile True: pass\n")}`);
    await waitFor(page, (selector) => document.querySelector(`${selector} [data-code-view]`)?.textContent?.includes("while True: pass"), driver.selector, { what: "the shared code to show" });
    const secondStarted = Date.now();
    await clickButton(page, "Run Python", { within: driver.selector });
    // Each run starts a fresh interpreter in a fresh sandbox (from the HTTP cache, but WebKit compiles the wasm again).
    await waitFor(page, (selector) => [...document.querySelectorAll(`${selector} [data-output] .pg-text`)].some((line) => line.textContent === "spinning"), driver.selector, { timeout: COLD_START, what: "the loop to print before it spins" }).catch(async (error) => {
      throw new Error(`${error.message}; the example shows ${JSON.stringify(await page.evaluate(outputState, driver.selector))}`);
    });
    const secondRun = (Date.now() - secondStarted) / 1000;
    const pressed = Date.now();
    await clickButton(page, "Stop Python", { within: driver.selector });
    const stopped = await waitFor(page, (selector) => {
      const figure = document.querySelector(selector);
      return !figure.hasAttribute("data-running") && figure.querySelector(".pg-stopped")?.textContent;
    }, driver.selector, { timeout: 5_000, what: "the Python run to show it stopped" });
    if (stopped !== "stopped") throw new Error(`the run ended with "${stopped}", not "stopped"`);
    const stopTook = (Date.now() - pressed) / 1000;
    const state = await page.evaluate(outputState, driver.selector);
    if (state.runLabel !== "Run Python") throw new Error(`the button is named "${state.runLabel}" after Stop, not "Run Python"`);
    const delay = await page.evaluate(frameDelay);
    // The shared code becomes the reader's saved edit: sharing the lesson's own code back forgets it.
    await page.goto(`${lesson}${shareLink(driver.id, driver.code)}`);
    return `jumping_range printed 0 2 3 2 3 4 (${firstRun.toFixed(0)} s from Run Python, cold); \`while True: pass\` printed ${secondRun.toFixed(0)} s after Run Python and stopped ${stopTook.toFixed(1)} s after Stop; the next frame came in ${Math.round(delay)} ms`;
  },
};
