// WebKitGTK (Debian's MiniBrowser) through WebKitWebDriver and selenium-webdriver, as an EnginePage.
import { Builder, By, Key } from "selenium-webdriver";
import { miniBrowserPath, webKitDriverPath } from "./engine-packages.mjs";
import { freePort } from "./free-port.mjs";
import { startProcess } from "./processes.mjs";
import { collectPageErrors } from "./page-actions.mjs";
import { waitUntil } from "./wait.mjs";
import { startXvfb } from "./xvfb.mjs";

/** WebDriver's names for the keys journeys press. */
const keyNames = { Control: Key.CONTROL, Shift: Key.SHIFT, Alt: Key.ALT, Meta: Key.META, Enter: Key.ENTER, Escape: Key.ESCAPE, Tab: Key.TAB, Backspace: Key.BACK_SPACE, ArrowRight: Key.ARROW_RIGHT, ArrowLeft: Key.ARROW_LEFT, ArrowDown: Key.ARROW_DOWN, ArrowUp: Key.ARROW_UP, Home: Key.HOME, End: Key.END, PageDown: Key.PAGE_DOWN, PageUp: Key.PAGE_UP, Space: Key.SPACE };
const keyFor = (name) => keyNames[name] ?? name;

/** Starts Xvfb, WebKitWebDriver on it, and a MiniBrowser session; resolves with an EnginePage. */
export async function launchWebKit({ log = () => {} } = {}) {
  const ended = [];
  const endAll = async () => {
    for (const end of ended.reverse()) await end().catch(() => {});
  };
  try {
    const xvfb = await startXvfb({ log });
    ended.push(xvfb.end);
    const port = await freePort();
    // The browser inherits the driver's environment, so the display is set on the driver.
    const driverProcess = startProcess(webKitDriverPath, [`--port=${port}`], { env: { ...process.env, DISPLAY: xvfb.display }, log });
    ended.push(driverProcess.end);
    const server = `http://127.0.0.1:${port}`;
    await waitUntil(async () => (await fetch(`${server}/status`)).ok, { timeout: 15_000, what: "WebKitWebDriver to answer" });
    const driver = await new Builder()
      .usingServer(server)
      .withCapabilities({ browserName: "MiniBrowser", "webkitgtk:browserOptions": { binary: miniBrowserPath, args: ["--automation"] } })
      .build();
    ended.push(() => driver.quit());
    await driver.manage().setTimeouts({ script: 120_000, pageLoad: 60_000 });
    await driver.manage().window().setRect({ width: 1280, height: 800 }).catch(() => {});
    const capabilities = await driver.getCapabilities();
    const errors = [];
    const harvest = async () => errors.push(...((await driver.executeScript(() => window.__engineErrors?.splice(0) ?? []).catch(() => [])) ?? []));
    return {
      name: `WebKitGTK ${capabilities.get("browserVersion") ?? ""}`.trim(),
      // MiniBrowser and its web processes run under the driver that started them.
      processId: driverProcess.child.pid,
      goto: async (url) => {
        await harvest(); // errors of the page we leave
        await driver.get(url);
        await driver.executeScript(collectPageErrors);
      },
      evaluate: (fn, arg) => driver.executeScript(fn, arg),
      click: async (selector) => (await driver.findElement(By.css(selector))).click(),
      press: async (chord) => {
        const keys = chord.split("+").map(keyFor);
        const key = keys.pop();
        let actions = driver.actions({ async: true });
        for (const modifier of keys) actions = actions.keyDown(modifier);
        actions = actions.sendKeys(key);
        for (const modifier of keys.reverse()) actions = actions.keyUp(modifier);
        await actions.perform();
      },
      type: (text) => driver.actions({ async: true }).sendKeys(text).perform(),
      takePageErrors: async () => {
        await harvest();
        return errors.splice(0);
      },
      close: endAll,
    };
  } catch (error) {
    await endAll();
    throw error;
  }
}
