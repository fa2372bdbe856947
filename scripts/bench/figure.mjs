// The shape every bench module returns, and the words the table prints.

/**
 * One measured figure beside its budget.
 * @typedef {{ group: string, figure: string, value: string, budget: string, pass: boolean | undefined, note?: string }} Figure
 */

/** A figure whose pass/fail is `measured <= limit`. */
export function atMost(group, figure, measured, limit, format, note) {
  return { group, figure, value: format(measured), budget: `≤ ${format(limit)}`, pass: measured <= limit, note };
}

/** A figure whose pass/fail is `measured >= limit`. */
export function atLeast(group, figure, measured, limit, format, note) {
  return { group, figure, value: format(measured), budget: `≥ ${format(limit)}`, pass: measured >= limit, note };
}

/** A figure that could not be measured: reported as a miss with the reason. */
export function failed(group, figure, budget, error) {
  return { group, figure, value: "not measured", budget, pass: false, note: String(error?.message ?? error).split("\n")[0] };
}

export const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
export const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
export const ms = (value) => `${value.toFixed(value < 100 ? 1 : 0)} ms`;
export const seconds = (value) => `${(value / 1000).toFixed(1)} s`;
export const score = (value) => value.toFixed(2);

/** Median of numbers. */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Least-squares slope of y over x. */
export function slope(points) {
  const n = points.length;
  const mx = points.reduce((s, [x]) => s + x, 0) / n;
  const my = points.reduce((s, [, y]) => s + y, 0) / n;
  const num = points.reduce((s, [x, y]) => s + (x - mx) * (y - my), 0);
  const den = points.reduce((s, [x]) => s + (x - mx) ** 2, 0);
  return den ? num / den : 0;
}
