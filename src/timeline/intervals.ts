/** Half-open stretches of logical time and the few set operations the timeline needs. */

export interface Interval {
  readonly start: number;
  readonly end: number;
}

/** Sorted, merged, non-empty union of `intervals`. */
export function union(intervals: readonly Interval[]): Interval[] {
  const sorted = intervals.filter((interval) => interval.end > interval.start).sort((a, b) => a.start - b.start);
  const merged: Interval[] = [];
  for (const interval of sorted) {
    const last = merged[merged.length - 1];
    if (last && interval.start <= last.end) merged[merged.length - 1] = { start: last.start, end: Math.max(last.end, interval.end) };
    else merged.push(interval);
  }
  return merged;
}

/** The parts of `range` that no hole covers; `holes` must be sorted and merged (see `union`). */
export function subtract(range: Interval, holes: readonly Interval[]): Interval[] {
  const parts: Interval[] = [];
  let cursor = range.start;
  for (const hole of holes) {
    if (hole.end <= cursor) continue;
    if (hole.start >= range.end) break;
    if (hole.start > cursor) parts.push({ start: cursor, end: hole.start });
    cursor = Math.max(cursor, hole.end);
  }
  if (range.end > cursor) parts.push({ start: cursor, end: range.end });
  return parts;
}

/** Total length of non-overlapping intervals. */
export function totalLength(intervals: readonly Interval[]): number {
  return intervals.reduce((sum, interval) => sum + (interval.end - interval.start), 0);
}
