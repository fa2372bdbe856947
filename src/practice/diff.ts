/** A line diff (longest common subsequence): how the reference solution differs from the reader's code. */
export interface DiffLine {
  kind: "same" | "added" | "removed";
  text: string;
}

/** Lines of `from` → `to`: "removed" lines are only in `from` (the reader's), "added" only in `to` (the solution). */
export function diffLines(from: string, to: string): DiffLine[] {
  const a = from.replace(/\s+$/, "").split("\n");
  const b = to.replace(/\s+$/, "").split("\n");
  // lengths[i][j]: the longest common subsequence of a[i..] and b[j..].
  const lengths = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      lengths[i]![j] = a[i]!.trimEnd() === b[j]!.trimEnd() ? lengths[i + 1]![j + 1]! + 1 : Math.max(lengths[i + 1]![j]!, lengths[i]![j + 1]!);
  const lines: DiffLine[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i]!.trimEnd() === b[j]!.trimEnd()) {
      lines.push({ kind: "same", text: b[j]! });
      i++;
      j++;
    } else if (lengths[i + 1]![j]! >= lengths[i]![j + 1]!) lines.push({ kind: "removed", text: a[i++]! });
    else lines.push({ kind: "added", text: b[j++]! });
  }
  while (i < a.length) lines.push({ kind: "removed", text: a[i++]! });
  while (j < b.length) lines.push({ kind: "added", text: b[j++]! });
  return lines;
}
