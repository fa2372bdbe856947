// A deck slide change on a mid-range laptop (CPU slowed 4× through CDP): the work from the key press
// to the end of the frame that shows the new slide must fit in one frame (16 ms).
import { atMost, failed, median, ms } from "./figure.mjs";
import { freshContext } from "./browser.mjs";

const presses = 15;

export default {
  name: "slide-change",
  async run({ browser, site, lessons }) {
    const context = await freshContext(browser);
    try {
      const page = await context.newPage();
      await page.goto(site.url(`lessons/${lessons.at(-1).slug}/slides/`), { waitUntil: "load" });
      await page.waitForTimeout(1000);
      const cdp = await context.newCDPSession(page);
      await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
      await page.evaluate(() => {
        window.__slideTimes = [];
        // Capture on window runs before the deck's handler; bubbling on window runs after it.
        let handled = 0;
        addEventListener("keydown", (event) => {
          window.__keyAt = event.timeStamp;
          // Asked for before the deck's handler runs, so this is the frame's first callback: work
          // the deck defers to its own animation-frame callbacks is counted too.
          requestAnimationFrame(() => {
            const frameStart = performance.now();
            // The first task after the frame: style, layout and paint of the new slide are done.
            const channel = new MessageChannel();
            channel.port1.onmessage = () => {
              const end = performance.now();
              window.__slideTimes.push({ work: handled - window.__keyAt + (end - frameStart), latency: end - window.__keyAt });
            };
            channel.port2.postMessage(0);
          });
        }, true);
        addEventListener("keydown", () => (handled = performance.now()));
      });
      for (let i = 0; i < presses; i++) {
        await page.keyboard.press("ArrowRight");
        await page.waitForTimeout(250);
      }
      const times = await page.evaluate(() => window.__slideTimes);
      const work = times.map((t) => t.work);
      const latency = times.map((t) => t.latency);
      return [
        atMost("deck", "slide change, CPU 4× slower (median work per change)", median(work), 16, ms, `worst ${ms(Math.max(...work))}; key → frame shown incl. waiting for vsync: median ${ms(median(latency))}`),
      ];
    } catch (error) {
      return [failed("deck", "slide change within one frame", "≤ 16 ms", error)];
    } finally {
      await context.close();
    }
  },
};
