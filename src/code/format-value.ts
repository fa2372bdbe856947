/** Console output as text, the way Chrome DevTools shows values on one line. */

/** Containers nested deeper than this are collapsed to `{…}`, `[…]`, `Map(n)`. */
const MAX_DEPTH = 2;
/** Items shown per array, object, Map or Set before `…`. */
const MAX_ITEMS = 100;

const tagOf = (value: object) => Object.prototype.toString.call(value).slice(8, -1);
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** Formats console arguments: `%` substitutions in a leading string, then values joined by spaces. */
export function formatArgs(args: readonly unknown[]): string {
  const [first, ...rest] = args;
  if (typeof first === "string" && first.includes("%")) {
    const { text, remaining } = substitute(first, rest);
    return [text, ...remaining.map(formatTop)].join(" ");
  }
  return args.map(formatTop).join(" ");
}

/** One value as a top-level console argument: strings raw, everything else as a preview. */
export function formatTop(value: unknown): string {
  return typeof value === "string" ? value : formatValue(value);
}

/** One value as shown nested in another (strings quoted). */
export function formatValue(value: unknown, depth = 0, seen: object[] = []): string {
  switch (typeof value) {
    case "string":
      return quote(value);
    case "number":
      return Object.is(value, -0) ? "-0" : String(value);
    case "bigint":
      return `${value}n`;
    case "symbol":
      return value.toString();
    case "function":
      return formatFunction(value);
    case "object":
      if (value === null) return "null";
      if (seen.includes(value)) return "[Circular]";
      return formatObject(value, depth, [...seen, value]);
    default:
      return String(value);
  }
}

function quote(text: string): string {
  const mark = !text.includes("'") ? "'" : !text.includes('"') ? '"' : "`";
  const escaped = text.replaceAll("\\", "\\\\").replaceAll("\n", "\\n").replaceAll(mark, `\\${mark}`);
  return `${mark}${escaped}${mark}`;
}

function formatFunction(fn: Function): string {
  const source = Function.prototype.toString.call(fn);
  if (/^class\b/.test(source)) return `class ${fn.name || "(anonymous)"}`;
  const tag = tagOf(fn);
  const prefix = tag.startsWith("Async") ? "async ƒ" : "ƒ";
  const star = tag.endsWith("GeneratorFunction") ? "*" : "";
  return `${prefix}${star} ${fn.name}()`;
}

function formatError(error: Error): string {
  const name = typeof error.name === "string" ? error.name : "Error";
  return error.message ? `${name}: ${error.message}` : name;
}

/** The name Chrome shows before an object's braces: its class, or nothing for plain objects. */
function className(value: object): string {
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto === null || proto === Object.prototype) return "";
  const ctor: unknown = (proto as { constructor?: unknown }).constructor;
  return typeof ctor === "function" && ctor.name ? ctor.name : "";
}

function formatObject(value: object, depth: number, seen: object[]): string {
  const tag = tagOf(value);
  const deep = depth >= MAX_DEPTH;
  const nested = (item: unknown) => formatValue(item, depth + 1, seen);
  if (value instanceof Error || tag === "Error") return formatError(value as Error);
  if (tag === "Promise") return "Promise {<pending>}";
  if (tag === "Generator" || tag === "AsyncGenerator") return `Object [${tag}] {}`;
  if (tag === "Date") return String(value);
  if (tag === "RegExp") return String(value);
  if (tag === "WeakMap" || tag === "WeakSet" || tag === "WeakRef") return `${tag} {}`;
  if (value instanceof Map) {
    const head = `${className(value) || "Map"}(${value.size})`;
    if (deep) return head;
    return `${head} ${braces([...value].map(([k, v]) => `${nested(k)} => ${nested(v)}`), value.size)}`;
  }
  if (value instanceof Set) {
    const head = `${className(value) || "Set"}(${value.size})`;
    return deep ? head : `${head} ${braces([...value].map(nested), value.size)}`;
  }
  if (ArrayBuffer.isView(value) && !(value instanceof DataView)) {
    const items = Array.from(value as unknown as ArrayLike<number | bigint>);
    const head = `${tag}(${items.length})`;
    return deep ? head : `${head} ${brackets(items.slice(0, MAX_ITEMS).map(nested), items.length)}`;
  }
  if (value instanceof ArrayBuffer) return `ArrayBuffer(${value.byteLength})`;
  if (Array.isArray(value)) {
    if (deep) return value.length === 0 ? "[]" : `Array(${value.length})`;
    return brackets(arrayItems(value, nested), value.length);
  }
  const name = className(value);
  const prefix = name ? `${name} ` : "";
  const keys = Reflect.ownKeys(value).filter((key) => Object.getOwnPropertyDescriptor(value, key)?.enumerable);
  if (deep) return keys.length === 0 ? `${prefix}{}` : `${prefix}{…}`;
  const entries = keys.slice(0, MAX_ITEMS).map((key) => `${formatKey(key)}: ${propertyValue(value, key, nested)}`);
  return `${prefix}${braces(entries, keys.length)}`;
}

/** Array items with runs of holes shown as `empty × n`. */
function arrayItems(array: readonly unknown[], nested: (item: unknown) => string): string[] {
  const items: string[] = [];
  for (let index = 0; index < array.length && items.length < MAX_ITEMS; index++) {
    if (index in array) {
      items.push(nested(array[index]));
      continue;
    }
    let end = index;
    while (end + 1 < array.length && !(end + 1 in array)) end++;
    const count = end - index + 1;
    items.push(count === 1 ? "empty" : `empty × ${count}`);
    index = end;
  }
  return items;
}

function propertyValue(owner: object, key: PropertyKey, nested: (item: unknown) => string): string {
  const descriptor = Object.getOwnPropertyDescriptor(owner, key);
  // Getters are not run: they could have side effects (Chrome shows "(...)" too).
  return descriptor && "value" in descriptor ? nested(descriptor.value) : "(...)";
}

function formatKey(key: string | symbol): string {
  if (typeof key === "symbol") return key.toString();
  return IDENTIFIER.test(key) || /^\d+$/.test(key) ? key : quote(key);
}

function braces(items: string[], total: number): string {
  const shown = items.slice(0, MAX_ITEMS);
  if (total > shown.length) shown.push("…");
  return shown.length === 0 ? "{}" : `{${shown.join(", ")}}`;
}

function brackets(items: string[], total: number): string {
  return total > MAX_ITEMS ? `[${[...items, "…"].join(", ")}]` : `[${items.join(", ")}]`;
}

/** Applies %s %d %i %f %o %O %c (and %%) to `format`, consuming arguments from `args`. */
function substitute(format: string, args: readonly unknown[]): { text: string; remaining: unknown[] } {
  let next = 0;
  const text = format.replace(/%([sdifoOc%])/g, (match, spec: string) => {
    if (spec === "%") return "%";
    if (next >= args.length) return match;
    const arg = args[next++];
    switch (spec) {
      case "s":
        return typeof arg === "string" ? arg : formatValue(arg, 1);
      case "d":
      case "i": // Chrome: numbers rounded down, anything else NaN
        return typeof arg === "bigint" ? `${arg}n` : formatValue(typeof arg === "number" ? Math.floor(arg) : NaN);
      case "f":
        return formatValue(typeof arg === "number" ? arg : NaN);
      case "c":
        return ""; // CSS: no meaning in text
      default:
        return formatValue(arg);
    }
  });
  return { text, remaining: args.slice(next) };
}

/** `console.table` as a text grid; `undefined` when `data` is not an object (then it is logged plainly). */
export function formatTable(data: unknown, columns?: readonly string[]): string | undefined {
  if (typeof data !== "object" || data === null) return undefined;
  const rows: [string, unknown][] = Array.isArray(data)
    ? data.map((row, index) => [String(index), row])
    : Object.entries(data);
  const keys: string[] = [];
  let hasValues = false;
  for (const [, row] of rows) {
    if (typeof row === "object" && row !== null) {
      for (const key of Object.keys(row)) if (!keys.includes(key)) keys.push(key);
    } else hasValues = true;
  }
  const shownKeys = columns ? [...columns] : keys;
  const header = ["(index)", ...shownKeys, ...(hasValues ? ["Values"] : [])];
  const cell = (value: unknown) => formatValue(value, 1);
  const body = rows.map(([index, row]) => {
    const isObject = typeof row === "object" && row !== null;
    const cells = shownKeys.map((key) => (isObject && key in row ? cell((row as Record<string, unknown>)[key]) : ""));
    return [index, ...cells, ...(hasValues ? [isObject ? "" : cell(row)] : [])];
  });
  const widths = header.map((title, column) => Math.max(title.length, ...body.map((row) => (row[column] ?? "").length)) + 2);
  const line = (left: string, middle: string, right: string) =>
    left + widths.map((width) => "─".repeat(width)).join(middle) + right;
  const row = (cells: string[]) => `│${cells.map((text, column) => ` ${text.padEnd((widths[column] ?? 2) - 1)}`).join("│")}│`;
  return [line("┌", "┬", "┐"), row(header), line("├", "┼", "┤"), ...body.map(row), line("└", "┴", "┘")].join("\n");
}
