// The page's memory over 50 runs of one example: heap after a forced GC, before and after, and the growth per run.
import { failed, slope } from "./figure.mjs";
import { freshContext } from "./browser.mjs";
import { benchLesson, installRunClock, timeRun } from "./examples.mjs";

const runs = 50;
/** Growth per run that still counts as noise (1 MB over 50 runs). */
const noiseKbPerRun = 20;

export default {
  name: "memory",
  async run({ browser, site }) {
    const context = await freshContext(browser);
    try {
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send("Performance.enable");
      await page.goto(site.url(`lessons/${benchLesson}/`), { waitUntil: "load" });
      await installRunClock(page);
      const sample = async () => {
        await cdp.send("HeapProfiler.collectGarbage");
        const { metrics } = await cdp.send("Performance.getMetrics");
        const metric = (name) => metrics.find((m) => m.name === name)?.value ?? 0;
        return { heap: metric("JSHeapUsedSize"), documents: metric("Documents"), nodes: metric("Nodes") };
      };
      await timeRun(page);
      const samples = [[0, await sample()]];
      for (let i = 1; i <= runs; i++) {
        await timeRun(page);
        if (i % 10 === 0) samples.push([i, await sample()]);
      }
      const [first, last] = [samples[0][1], samples.at(-1)[1]];
      const perRunKb = slope(samples.map(([x, s]) => [x, s.heap])) / 1024;
      const toMb = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
      return [{
        group: "run",
        figure: `page memory after ${runs} runs (JS heap, after GC)`,
        value: `${toMb(first.heap)} → ${toMb(last.heap)}, ${perRunKb.toFixed(1)} KB/run`,
        budget: `no growth (≤ ${noiseKbPerRun} KB/run)`,
        pass: perRunKb <= noiseKbPerRun,
        note: `documents ${first.documents} → ${last.documents}, DOM nodes ${first.nodes} → ${last.nodes}`,
      }];
    } catch (error) {
      return [failed("run", `page memory after ${runs} runs`, "no growth", error)];
    } finally {
      await context.close();
    }
  },
};
