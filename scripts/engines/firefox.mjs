// Firefox ESR (Debian's) over WebDriver BiDi, through puppeteer-core, as an EnginePage.
import puppeteer from "puppeteer-core";
import { firefoxPath } from "./engine-packages.mjs";
import { collectPageErrors } from "./page-actions.mjs";
import { adoptGroup, endGroup } from "./processes.mjs";

/** Launches a headless Firefox with one tab; resolves with an EnginePage (see page-actions.mjs). */
export async function launchFirefox() {
  const browser = await puppeteer.launch({
    browser: "firefox",
    executablePath: firefoxPath,
    headless: true,
    defaultViewport: { width: 1280, height: 800 },
    protocolTimeout: 120_000,
  });
  const pid = browser.process()?.pid;
  adoptGroup(pid);
  try {
    const page = (await browser.pages())[0] ?? (await browser.newPage());
    // Kept in the page itself: BiDi's page errors include the sandbox worker's, i.e. the examples' own.
    const errors = [];
    const harvest = async () => errors.push(...((await page.evaluate(() => window.__engineErrors?.splice(0) ?? []).catch(() => [])) ?? []));
    return {
      name: (await browser.version()).replace(/^firefox\//i, "Firefox "),
      processId: pid,
      goto: async (url) => {
        await harvest(); // errors of the page we leave
        await page.goto(url, { waitUntil: "load", timeout: 60_000 });
        await page.evaluate(collectPageErrors);
      },
      evaluate: (fn, arg) => page.evaluate(fn, arg),
      click: (selector) => page.click(selector),
      press: (key) => pressChord(page.keyboard, key),
      type: (text) => page.keyboard.type(text),
      takePageErrors: async () => {
        await harvest();
        return errors.splice(0);
      },
      close: async () => {
        await browser.close().catch(() => {});
        await endGroup(pid);
      },
    };
  } catch (error) {
    await browser.close().catch(() => {});
    await endGroup(pid);
    throw error;
  }
}

/** "Control+a": holds the modifiers while pressing the last key. */
async function pressChord(keyboard, chord) {
  const keys = chord.split("+");
  const key = keys.pop();
  for (const modifier of keys) await keyboard.down(modifier);
  await keyboard.press(key);
  for (const modifier of keys.reverse()) await keyboard.up(modifier);
}
