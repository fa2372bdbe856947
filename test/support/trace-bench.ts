/**
 * Bench hooks for the trace (issue 8), for `scripts/bench.mjs`:
 * - `measureTracingOverhead()` (Node): a module of 10,000 awaits evaluated plain and traced (with
 *   the real tracer and wire format), best of a few runs. Budget: traced ≤ 5× plain.
 * - `measureTraceInBrowser(page, url)` (Playwright): script bytes of trace code loaded before Trace
 *   is pressed (budget 0), and ms from pressing Trace to the first event shown, warm (≤ 300 ms).
 */
import type { Page } from "@playwright/test";
import { serialize } from "node:v8";
import { compileForBuild } from "../../src/code/build-time.ts";
import { RUNTIME_KEY } from "../../src/runtime/names.ts";
import { TRACER_KEY } from "../../src/trace/record/hooks.ts";
import { Tracer } from "../../src/trace/record/tracer.ts";
import { decodeTraceBatch, type TraceBatch } from "../../src/sandbox/protocol/trace-codec.ts";
import { instrument } from "../../src/trace/instrument/instrument.ts";

export const AWAITS_PROGRAM = (awaits: number) => `let total = 0;
for (let i = 0; i < ${awaits}; i++) total += await i;
console.log(total);`;

export interface OverheadResult {
  awaits: number;
  /** Best of `repeats` evaluations of the module, ms. */
  plainMs: number;
  tracedMs: number;
  ratio: number;
  events: number;
}

/**
 * Evaluates the 10,000-await module plainly and instrumented, in this process (a worker's wall time
 * swings with machine load), the traced one with the real tracer posting through the real wire
 * format (encoded, then serialized as postMessage would). Best of `repeats`.
 */
export async function measureTracingOverhead(awaits = 10_000, repeats = 15): Promise<OverheadResult> {
  const compiled = await compileForBuild(AWAITS_PROGRAM(awaits).replace("console.log(total);", ""));
  if (!compiled.ok) throw new Error("the bench program does not compile");
  const traced = instrument(compiled.js, compiled.map).js;
  const global = globalThis as Record<symbol, unknown>;
  global[Symbol.for(RUNTIME_KEY)] ??= {};
  const evaluate = async (code: string) => {
    const started = performance.now();
    // A unique comment: each import evaluates afresh.
    await import(/* @vite-ignore */ `data:text/javascript;base64,${Buffer.from(`${code}\n//${Math.random()}`).toString("base64")}`);
    return performance.now() - started;
  };
  let plainMs = Infinity;
  let tracedMs = Infinity;
  let events = 0;
  for (let round = 0; round < repeats; round++) {
    plainMs = Math.min(plainMs, await evaluate(compiled.js));
    const batches: TraceBatch[] = [];
    const tracer = new Tracer({
      now: () => 0,
      // What postMessage does to a batch: serialize it.
      post: (batch) => {
        serialize(batch);
        batches.push(batch);
      },
      realNow: () => performance.now(),
      setTimeout: (callback, ms) => setTimeout(callback, ms),
      queueMicrotask,
      currentTask: () => undefined,
      isSnippet: () => false,
    });
    global[Symbol.for(TRACER_KEY)] = tracer.hooks;
    const started = performance.now();
    await evaluate(traced);
    tracer.flush();
    tracedMs = Math.min(tracedMs, performance.now() - started);
    events = batches.reduce((total, batch) => total + decodeTraceBatch(batch).length, 0);
  }
  return { awaits, plainMs, tracedMs, ratio: tracedMs / plainMs, events };
}

export interface BrowserTraceResult {
  /** Bytes of script responses of trace code before Trace was pressed. */
  bytesBeforeTrace: number;
  /** Pressing Trace → first event sentence on screen, first press (loads the trace code). */
  coldMs: number;
  /** The same on a second press (code loaded, sandbox warm). */
  warmMs: number;
}

/** On a lesson page at `url`, traces the example titled `title` twice. */
export async function measureTraceInBrowser(page: Page, url: string, title = "jumpingRange"): Promise<BrowserTraceResult> {
  let bytesBeforeTrace = 0;
  let pressed = false;
  page.on("response", async (response) => {
    if (pressed || response.request().resourceType() !== "script" || !/trace-run|trace-compare|acorn|magic-string/.test(response.url())) return;
    bytesBeforeTrace += (await response.body()).byteLength;
  });
  await page.goto(url);
  const figure = page.locator("figure").filter({ has: page.locator("figcaption .pg-title", { hasText: new RegExp(`^${title}$`) }) }).first();
  await figure.getByRole("button", { name: "Run", exact: true }).click();
  await figure.getByText(/done in/).waitFor();
  let runs = 0;
  const press = async () => {
    const started = await page.evaluate(() => performance.now());
    pressed = true;
    await figure.getByRole("button", { name: "Trace", exact: true }).click();
    runs += 1;
    // The panel numbers its recordings and counts their steps: the first event is on screen once this run has one.
    const shown = await figure.locator("[data-trace-panel]").evaluate(
      (panel, run) =>
        new Promise<number>((resolve) => {
          const check = () => (panel.getAttribute("data-run") === String(run) && Number(panel.getAttribute("data-steps")) > 0 ? resolve(performance.now()) : requestAnimationFrame(check));
          check();
        }),
      runs,
    );
    await figure.getByText(/steps recorded/).waitFor();
    return shown - started;
  };
  const coldMs = await press();
  const warmMs = await press();
  return { bytesBeforeTrace, coldMs, warmMs };
}
