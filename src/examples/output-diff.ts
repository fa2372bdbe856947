import type { LogLine } from "../sandbox/protocol/messages";
import { formatDuration } from "../timeline/format";
import { t, type Locale } from "../lib/i18n";

/** How one printed line of a run compares with the same line of its port. */
export type LineVerdict = "same" | "text" | "time" | "missing";

export interface OutputComparison {
  /** One verdict per line of the first run (`missing`: the port printed fewer lines). */
  first: LineVerdict[];
  /** One verdict per line of the second run. */
  second: LineVerdict[];
  /** In words, for the reader (and screen readers). */
  summary: string;
}

const verdict = (line: LogLine, other: LogLine | undefined): LineVerdict =>
  !other ? "missing" : line.text !== other.text ? "text" : line.time !== other.time ? "time" : "same";

/**
 * Compares two runs' printed lines in order: the same text at the same logical time is the
 * same line. Differences are what the page highlights (and the lesson explains).
 */
export function compareOutputs(first: readonly LogLine[], second: readonly LogLine[], locale: Locale = "en"): OutputComparison {
  const left = first.map((line, i) => verdict(line, second[i]));
  const right = second.map((line, i) => verdict(line, first[i]));
  const differing = Math.max(left.filter((v) => v !== "same").length, right.filter((v) => v !== "same").length);
  const end = (lines: readonly LogLine[]) => lines.at(-1)?.time ?? 0;
  const summary =
    differing === 0
      ? t(locale, "port.same", { count: first.length, time: formatDuration(end(first), locale) })
      : t(locale, "port.differing", { differing, count: Math.max(first.length, second.length), how: describe(left, right, locale) });
  return { first: left, second: right, summary };
}

function describe(left: LineVerdict[], right: LineVerdict[], locale: Locale): string {
  const all = [...left, ...right];
  const parts: string[] = [];
  if (all.includes("text")) parts.push(t(locale, "port.differentText"));
  if (all.includes("time")) parts.push(t(locale, "port.differentTime"));
  if (all.includes("missing")) parts.push(t(locale, "port.oneSideOnly", { count: Math.abs(left.length - right.length) }));
  return parts.join("; ");
}
