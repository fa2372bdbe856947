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

/**
 * Compares two runs' printed lines: the lines both print (the longest common run of the same
 * texts, in order) are paired, and a pair at a different logical time differs in time; between
 * pairs, the lines left over face each other in order (different text) and any surplus was
 * printed by one side only. Differences are what the page highlights (and the lesson explains).
 */
export function compareOutputs(first: readonly LogLine[], second: readonly LogLine[], locale: Locale = "en"): OutputComparison {
  const left: LineVerdict[] = [];
  const right: LineVerdict[] = [];
  let i = 0;
  let j = 0;
  // Lines between two paired ones face each other in order; the surplus has no counterpart.
  const unpaired = (toLeft: number, toRight: number) => {
    const width = Math.min(toLeft - i, toRight - j);
    for (let k = 0; k < toLeft - i; k++) left.push(k < width ? "text" : "missing");
    for (let k = 0; k < toRight - j; k++) right.push(k < width ? "text" : "missing");
  };
  for (const [a, b] of commonLines(first, second)) {
    unpaired(a, b);
    const verdict: LineVerdict = first[a]!.time === second[b]!.time ? "same" : "time";
    left.push(verdict);
    right.push(verdict);
    i = a + 1;
    j = b + 1;
  }
  unpaired(first.length, second.length);
  const differing = Math.max(left.filter((v) => v !== "same").length, right.filter((v) => v !== "same").length);
  const end = (lines: readonly LogLine[]) => lines.at(-1)?.time ?? 0;
  const summary =
    differing === 0
      ? t(locale, "port.same", { count: first.length, time: formatDuration(end(first), locale) })
      : t(locale, "port.differing", { differing, count: Math.max(first.length, second.length), how: describe(left, right, locale) });
  return { first: left, second: right, summary };
}

/** Cells of the longest-common-run table the page will fill (4M numbers, ~32 MB at most). */
const MAX_TABLE = 4_000_000;

/** Trailing spaces are invisible on the page (flags.py's show() prints "BD "), so they don't count. */
const sameText = (one: LogLine, other: LogLine) => one.text.trimEnd() === other.text.trimEnd();

/** Index pairs of the longest common subsequence of the two runs' texts (a REPL's echo has no counterpart, the values still pair). */
function commonLines(first: readonly LogLine[], second: readonly LogLine[]): [number, number][] {
  const rows = first.length;
  const columns = second.length;
  // A run that printed without end would need a table too big for the page: pair equal lines in place instead.
  if (rows * columns > MAX_TABLE) return first.flatMap((line, i) => (i < columns && sameText(line, second[i]!) ? [[i, i] as [number, number]] : []));
  // longest[a][b]: the longest common run of first[a..] and second[b..].
  const longest = Array.from({ length: rows + 1 }, () => new Array<number>(columns + 1).fill(0));
  for (let a = rows - 1; a >= 0; a--) {
    for (let b = columns - 1; b >= 0; b--) {
      longest[a]![b] = sameText(first[a]!, second[b]!) ? longest[a + 1]![b + 1]! + 1 : Math.max(longest[a + 1]![b]!, longest[a]![b + 1]!);
    }
  }
  const pairs: [number, number][] = [];
  for (let a = 0, b = 0; a < rows && b < columns; ) {
    if (sameText(first[a]!, second[b]!)) pairs.push([a++, b++]);
    else if (longest[a + 1]![b]! >= longest[a]![b + 1]!) a++;
    else b++;
  }
  return pairs;
}

function describe(left: LineVerdict[], right: LineVerdict[], locale: Locale): string {
  const all = [...left, ...right];
  const parts: string[] = [];
  if (all.includes("text")) parts.push(t(locale, "port.differentText"));
  if (all.includes("time")) parts.push(t(locale, "port.differentTime"));
  const alone = all.filter((v) => v === "missing").length;
  if (alone > 0) parts.push(t(locale, "port.oneSideOnly", { count: alone }));
  return parts.join("; ");
}
