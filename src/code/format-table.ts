/**
 * `console.table` as a text grid, built like format-value.ts: no getter of the data is run (a
 * getter's cell reads `(...)`), rows and columns are capped, and it never throws.
 */
import { formatValue, UNREADABLE } from "./format-value.ts";
import * as read from "./safe-read.ts";

/** Rows drawn; past them a last row says how many more there were. */
const MAX_ROWS = 100;
/** Columns drawn (besides the index and Values). */
const MAX_COLUMNS = 20;
/** Longest cell text. */
const MAX_CELL = 200;

/** A property as a cell reads it: absent, a getter not run, or a value. */
type Cell = { kind: "absent" } | { kind: "getter" } | { kind: "value"; value: unknown };

function cellOf(descriptor: PropertyDescriptor | undefined): Cell {
  if (!descriptor) return { kind: "absent" };
  return "value" in descriptor ? { kind: "value", value: descriptor.value } : { kind: "getter" };
}

/** Own enumerable string keys, as `Object.keys` gives them, up to `most`; `more` when there were others. */
function keysOf(object: object, most: number): { keys: string[]; more: number } {
  const keys: string[] = [];
  let more = 0;
  for (const key of read.ownKeys(object)) {
    if (typeof key !== "string" || !read.ownProperty(object, key)?.enumerable) continue;
    if (keys.length < most) keys.push(key);
    else more++;
  }
  return { keys, more };
}

/** `data`'s rows: an array's items (holes skipped), or an object's own enumerable properties. */
function rowsOf(data: object): { rows: [string, Cell][]; more: number } {
  if (read.isArray(data)) {
    const length = read.dataValue(data, "length") as number;
    const rows: [string, Cell][] = [];
    for (let index = 0; index < length && rows.length < MAX_ROWS; index++) {
      const own = read.ownProperty(data, index);
      if (own) rows.push([String(index), cellOf(own)]);
    }
    return { rows, more: Math.max(0, length - MAX_ROWS) };
  }
  const { keys, more } = keysOf(data, MAX_ROWS);
  return { rows: keys.map((key) => [key, cellOf(read.ownProperty(data, key))]), more };
}

const isObject = (cell: Cell): cell is { kind: "value"; value: object } => cell.kind === "value" && typeof cell.value === "object" && cell.value !== null;

function cellText(cell: Cell): string {
  if (cell.kind === "absent") return "";
  if (cell.kind === "getter") return "(...)";
  const text = formatValue(cell.value, 1);
  return text.length > MAX_CELL ? `${text.slice(0, MAX_CELL - 1)}…` : text;
}

/** `console.table` as a text grid; `undefined` when `data` is not an object (then it is logged plainly). */
export function formatTable(data: unknown, columns?: readonly string[]): string | undefined {
  if (typeof data !== "object" || data === null) return undefined;
  try {
    return drawTable(data, columns);
  } catch {
    return UNREADABLE;
  }
}

function drawTable(data: object, columns: readonly string[] | undefined): string {
  const { rows, more } = rowsOf(data);
  const keys: string[] = [];
  let hasValues = false;
  for (const [, row] of rows) {
    if (!isObject(row)) {
      hasValues = true;
      continue;
    }
    for (const key of keysOf(row.value, MAX_COLUMNS).keys) if (keys.length < MAX_COLUMNS && !keys.includes(key)) keys.push(key);
  }
  const shownKeys = columns ? columns.slice(0, MAX_COLUMNS) : keys;
  const header = ["(index)", ...shownKeys, ...(hasValues ? ["Values"] : [])];
  const body = rows.map(([index, row]) => {
    const cells = shownKeys.map((key) => (isObject(row) ? cellText(cellOf(read.findProperty(row.value, key))) : ""));
    return [index, ...cells, ...(hasValues ? [isObject(row) ? "" : cellText(row)] : [])];
  });
  if (more > 0) body.push([`… ${more} more`]);
  const widths = header.map((title, column) => Math.max(title.length, ...body.map((row) => (row[column] ?? "").length)) + 2);
  const line = (left: string, middle: string, right: string) => left + widths.map((width) => "─".repeat(width)).join(middle) + right;
  const row = (cells: string[]) => `│${widths.map((width, column) => ` ${(cells[column] ?? "").padEnd(width - 1)}`).join("│")}│`;
  return [line("┌", "┬", "┐"), row(header), line("├", "┼", "┤"), ...body.map(row), line("└", "┴", "┘")].join("\n");
}
