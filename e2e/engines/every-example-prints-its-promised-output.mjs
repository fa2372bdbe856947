// Journey: a reader runs every example of every lesson, one at a time (Compare pairs by "Run both"),
// and each prints exactly the output its lesson promises.
import { clickButton } from "../../scripts/engines/page-actions.mjs";
import { waitUntil } from "../../scripts/engines/wait.mjs";
import { firstDifference, tagRunnables, unitOutcome, verdict } from "../support/promised-outputs.mjs";

/** In the page: what a unit that never finished shows, for the report. */
function stuckState({ unit }) {
  const root = document.querySelector(`[data-journey-unit="${unit}"]`);
  return [...(root.matches("[data-playground]") ? [root] : root.querySelectorAll("[data-playground]"))].map((figure) => ({
    running: figure.hasAttribute("data-running"),
    status: figure.querySelector("[data-status]")?.textContent ?? "",
    output: (figure.querySelector("[data-output]")?.textContent ?? "").slice(0, 120),
    sandboxes: document.querySelectorAll("iframe[sandbox]").length,
  }));
}

/** In the page: whether a unit's run has begun (or already ended). */
function unitStarted({ unit }) {
  const root = document.querySelector(`[data-journey-unit="${unit}"]`);
  return Boolean(root.matches("[data-running]") || root.querySelector("[data-running], .pg-done, .pg-stopped, .pg-error"));
}

/** In the page: remembers where each click landed, to tell a press the page never got from one it ignored. */
function recordClicks() {
  window.__clicks ??= [];
  if (window.__clicksRecorded) return;
  window.__clicksRecorded = true;
  addEventListener("click", (event) => {
    const target = event.target instanceof Element ? event.target : null;
    const button = target?.closest("button");
    window.__clicks.push(`${target ? target.tagName.toLowerCase() : "?"}${button ? ` in button "${button.textContent.trim()}"` : ""} at ${Math.round(event.clientX)},${Math.round(event.clientY)}`);
  }, true);
}

/** In the page: the last click's landing place and the unit's button now. */
function lastClick({ unit }) {
  const root = document.querySelector(`[data-journey-unit="${unit}"]`);
  const button = root?.querySelector("[data-action]");
  const box = button?.getBoundingClientRect();
  return `last click: ${window.__clicks?.at(-1) ?? "none"}; the button reads "${button?.textContent.trim()}" at ${box ? `${Math.round(box.x)},${Math.round(box.y)}` : "?"}`;
}

/** Units whose first press started nothing, for the report. */
const lostPresses = [];

/** Runs each promised unit of one lesson page, one after another; resolves with one record per side. */
export async function runLessonExamples(page, url, { log = () => {} } = {}) {
  await page.goto(url);
  const units = (await page.evaluate(tagRunnables)).filter((unit) => unit.promised);
  await page.evaluate(recordClicks);
  const records = [];
  for (const unit of units) {
    const started = Date.now();
    await clickButton(page, unit.button, { within: unit.selector });
    // A press the page never saw (seen once in WebKit on a loaded machine) is not an inexact output: say so and press again.
    if (!(await waitUntil(() => page.evaluate(unitStarted, { unit: unit.unit }), { timeout: 10_000 }).catch(() => false))) {
      const where = await page.evaluate(lastClick, { unit: unit.unit }).catch(() => "");
      log(`pressed again ${unit.name}: the first press started nothing (${where})`);
      lostPresses.push(`${unit.name} (${where})`);
      await clickButton(page, unit.button, { within: unit.selector });
    }
    // The page's own time limit ends a run; past it (plus room for a cold sandbox) the page is stuck.
    const outcome = await waitUntil(async () => {
      const state = await page.evaluate(unitOutcome, { unit: unit.unit });
      return state.finished && state;
    }, { timeout: unit.limit + 20_000, what: `${unit.name} to finish` }).catch(() => undefined);
    const wallMs = Date.now() - started;
    if (!outcome) {
      const state = JSON.stringify(await page.evaluate(stuckState, { unit: unit.unit }).catch((error) => String(error)));
      records.push({ id: unit.name, title: "", unit: unit.name, compare: unit.button === "Run both", scale: unit.scale, wallMs, verdict: "stuck", difference: `never finished: ${state}` });
      log(`stuck   ${unit.name} (${(wallMs / 1000).toFixed(1)} s) — ${state}`);
      continue;
    }
    for (const side of outcome.sides) {
      const record = { ...side, unit: unit.name, compare: unit.button === "Run both", scale: unit.scale, wallMs, verdict: verdict(side) };
      if (record.verdict !== "exact") record.difference = `${firstDifference(side)}${side.closing.startsWith("stopped") ? ` [${side.closing}]` : ""}`;
      records.push(record);
      log(`${record.verdict.padEnd(7)} ${side.id} ${side.title} (${(wallMs / 1000).toFixed(1)} s)${record.difference ? ` — ${record.difference}` : ""}`);
    }
  }
  return records;
}

/** Runs every lesson's examples; resolves with all records. */
export async function runEveryExample(page, { site, lessons, log }) {
  const records = [];
  for (const lesson of lessons) records.push(...(await runLessonExamples(page, site.url(`lessons/${lesson.slug}/`), { log })));
  return records;
}

/** "70 of 77 exactly", then which differ only in numbers and which otherwise. */
export function summarize(records) {
  const exact = records.filter((record) => record.verdict === "exact").length;
  const named = (kind) => records.filter((record) => record.verdict === kind).map((record) => `${record.id}: ${record.difference}`);
  return { exact, total: records.length, numbersOnly: named("numbers"), other: [...named("other"), ...named("stuck")] };
}

export default {
  name: "every example of every lesson prints exactly its promised output",
  timeout: 15 * 60_000,
  async run(page, context) {
    const { exact, total, numbersOnly, other } = summarize(await runEveryExample(page, context));
    const report = [`${exact} of ${total} promised outputs printed exactly`];
    if (numbersOnly.length) report.push(`differ only in numbers (${numbersOnly.length}):`, ...numbersOnly.map((line) => `  ${line}`));
    if (other.length) report.push(`differ otherwise (${other.length}):`, ...other.map((line) => `  ${line}`));
    if (lostPresses.length) report.push(`pressed twice (the first press started nothing): ${lostPresses.splice(0).join(", ")}`);
    if (exact < total) throw new Error(report.join("\n"));
    return report.join("\n");
  },
};
