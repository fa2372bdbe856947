/** The timeline in words: the picture's short label, and the full list under "Timeline as text". */
import type { TimelineEntry } from "./layout.ts";
import { describeRun, summarize } from "./summary.ts";
import { escape } from "./svg.ts";

/** "Timeline. sync: ended at 5.00 s, 1 lane; async: ended at 3.00 s, 1 lane. Details in Timeline as text." */
export function timelineAriaLabel(runs: readonly TimelineEntry[]): string {
  const parts = runs.map((run) => (run.label ? `${run.label}: ${describeRun(run.model)}` : describeRun(run.model)));
  return `Timeline. ${parts.join("; ")}. Details in “Timeline as text”.`;
}

/** List items (HTML) for the `<ul>`: lane sentences, nested under each run's label when there are groups. */
export function timelineListItems(runs: readonly TimelineEntry[]): string {
  const grouped = runs.length > 1 || runs.some((run) => run.label !== "");
  if (!grouped) return runs.map((run) => laneItems(run)).join("");
  return runs
    .map((run) => `<li><strong>${escape(run.label)}</strong>: ${escape(describeRun(run.model))}.<ul>${laneItems(run)}</ul></li>`)
    .join("");
}

function laneItems(run: TimelineEntry): string {
  const sentences = summarize(run.model);
  if (sentences.length === 0) return `<li>${run.model.finished ? "No tasks and no output." : "Nothing yet."}</li>`;
  return sentences.map((sentence) => `<li>${escape(sentence)}</li>`).join("");
}
