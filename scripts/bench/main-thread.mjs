// Main-thread work from a Chromium trace: what the renderer's main thread was busy with between two
// performance marks, by kind (script, style, layout, paint, commit), per window.
import { readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

const categories = ["devtools.timeline", "disabled-by-default-devtools.timeline", "blink.user_timing"];

/** What a trace event counts as; top-level tasks only, so nothing is counted twice. */
const kinds = {
  FunctionCall: "script", EventDispatch: "script", FireAnimationFrame: "script", TimerFire: "script", "v8.callFunction": "script",
  UpdateLayoutTree: "style", Layout: "layout", PrePaint: "paint", Paint: "paint", Layerize: "paint", Commit: "commit",
};

/**
 * Traces `act` and sums the main thread's busy time inside each window the page marked with
 * performance.mark(startMark) … performance.mark(endMark). Resolves with one record per window:
 * { total, script, style, layout, paint, commit } in ms (total = the tasks that ran in the window).
 */
export async function mainThreadWork(browser, page, act, { startMark = "change-start", endMark = "change-end" } = {}) {
  const path = join(tmpdir(), `interleave-trace-${process.pid}-${Date.now()}.json`);
  await browser.startTracing(page, { path, categories });
  try {
    await act();
  } finally {
    await browser.stopTracing();
  }
  const events = JSON.parse(await readFile(path, "utf8")).traceEvents;
  await rm(path, { force: true });
  const marks = events.filter((event) => event.name === startMark || event.name === endMark).sort((a, b) => a.ts - b.ts);
  const windows = [];
  for (let i = 0; i < marks.length - 1; i++) {
    if (marks[i].name === startMark && marks[i + 1].name === endMark) windows.push({ from: marks[i].ts, to: marks[i + 1].ts, tid: marks[i].tid });
  }
  return windows.map(({ from, to, tid }) => {
    const record = { total: 0, script: 0, style: 0, layout: 0, paint: 0, commit: 0 };
    for (const event of events) {
      if (event.ph !== "X" || event.tid !== tid || event.ts < from || event.ts > to) continue;
      if (event.name === "RunTask") record.total += event.dur / 1000;
      const kind = kinds[event.name];
      if (kind) record[kind] += event.dur / 1000;
    }
    return record;
  });
}
