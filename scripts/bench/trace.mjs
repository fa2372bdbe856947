// The trace figures: trace code loaded before Trace (0 bytes), Trace → first event shown, and a
// traced run's cost against a plain one for 10,000 awaits (≤ 5×).
import { mkdirSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";
import { atMost, failed, kb, ms } from "./figure.mjs";
import { freshContext } from "./browser.mjs";

const root = resolve(import.meta.dirname, "..", "..");

/** The measuring code is TypeScript beside the tracer it measures: bundle it for Node once per bench. */
async function loadTraceBench() {
  const outdir = resolve(root, "node_modules/.cache/interleave-bench");
  mkdirSync(outdir, { recursive: true });
  const outfile = resolve(outdir, "trace-bench.mjs");
  await build({ entryPoints: [resolve(root, "test/support/trace-bench.ts")], outfile, bundle: true, platform: "node", format: "esm", packages: "external", logLevel: "error" });
  return import(pathToFileURL(outfile).href);
}

export default {
  name: "trace",
  async run({ browser, site }) {
    const results = [];
    const bench = await loadTraceBench();
    const context = await freshContext(browser);
    try {
      const page = await context.newPage();
      const { bytesBeforeTrace, coldMs, warmMs } = await bench.measureTraceInBrowser(page, site.url("lessons/sending-values/"));
      results.push(
        atMost("trace", "trace code loaded before Trace is pressed", bytesBeforeTrace, 0, kb),
        atMost("trace", "Trace → first event shown, warm", warmMs, 300, ms, `first press (loads the tracer): ${ms(coldMs)}`),
      );
    } catch (error) {
      results.push(failed("trace", "Trace in the browser", "0 KB / ≤ 300 ms", error));
    } finally {
      await context.close();
    }
    try {
      const { ratio, plainMs, tracedMs, events } = await bench.measureTracingOverhead();
      const times = (value) => `${value.toFixed(1)}×`;
      results.push(atMost("trace", "traced ÷ plain run time, 10,000 awaits", ratio, 5, times, `plain ${ms(plainMs)}, traced ${ms(tracedMs)}, ${events} events (best of 15)`));
    } catch (error) {
      results.push(failed("trace", "traced ÷ plain run time, 10,000 awaits", "≤ 5×", error));
    }
    return results;
  },
};
