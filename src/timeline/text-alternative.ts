/** The timeline in words: the picture's short label, and the full list under "Timeline as text". */
import type { TimelineEntry } from "./layout.ts";
import { describeRun, summarize } from "./summary.ts";
import { escape } from "./svg.ts";
import { t, type Locale } from "../lib/i18n/index.ts";

/** "Timeline. sync: ended at 5.00 s, 1 lane; async: ended at 3.00 s, 1 lane. Details in Timeline as text." */
export function timelineAriaLabel(runs: readonly TimelineEntry[], locale: Locale = "en"): string {
  const parts = runs.map((run) => (run.label ? `${run.label}: ${describeRun(run.model, locale)}` : describeRun(run.model, locale)));
  return t(locale, "timeline.label", { runs: parts.join("; ") });
}

/** List items (HTML) for the `<ul>`: lane sentences, nested under each run's label when there are groups. */
export function timelineListItems(runs: readonly TimelineEntry[], locale: Locale = "en"): string {
  const grouped = runs.length > 1 || runs.some((run) => run.label !== "");
  if (!grouped) return runs.map((run) => laneItems(run, locale)).join("");
  return runs
    .map((run) => `<li><strong>${escape(run.label)}</strong>: ${escape(describeRun(run.model, locale))}.<ul>${laneItems(run, locale)}</ul></li>`)
    .join("");
}

function laneItems(run: TimelineEntry, locale: Locale): string {
  const sentences = summarize(run.model, locale);
  if (sentences.length === 0) return `<li>${escape(t(locale, run.model.finished ? "timeline.noTasks" : "timeline.nothingYet"))}</li>`;
  return sentences.map((sentence) => `<li>${escape(sentence)}</li>`).join("");
}
