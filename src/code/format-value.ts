/**
 * Console output as text, the way Chrome DevTools shows values on one line. Whatever it is handed,
 * it runs none of the snippet's code (no getters, no toString, no toStringTag accessor), copies no
 * collection whole, stays within a size budget, and never throws: what cannot be read prints as
 * `[unreadable value]`.
 */
import * as read from "./safe-read.ts";

/** Containers nested deeper than this are collapsed to `{…}`, `[…]`, `Map(n)`. */
const MAX_DEPTH = 2;
/** Items shown per array, object, Map or Set before `…`. */
const MAX_ITEMS = 100;
/** Characters one formatted value may grow to before what is left is cut to `…` (a line is cut at 10,000 anyway). */
const MAX_CHARS = 20_000;
/** Array indices looked at for holes before the rest is cut to `…` (`new Array(1e9)` is one hole). */
const MAX_PROBES = 100_000;
/** A line of many arguments stops growing here; the outbox cuts it to a line's length. */
const MAX_JOINED = 1_000_000;

export const UNREADABLE = "[unreadable value]";
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** One walk through a value: how deep it is, what encloses it, and characters left to spend. */
interface Walk {
  readonly depth: number;
  readonly seen: readonly object[];
  readonly budget: { left: number };
}

/** Formats console arguments: `%` substitutions in a leading string, then values joined by spaces. */
export function formatArgs(args: readonly unknown[]): string {
  const [first] = args;
  if (args.length === 1 && typeof first === "string" && !first.includes("%")) return first; // as is: a huge string is not copied
  let parts: readonly unknown[] = args;
  let head: string[] = [];
  if (typeof first === "string" && first.includes("%")) {
    const { text, next } = substitute(first, args.slice(1));
    head = [text];
    parts = args.slice(1 + next);
  }
  return joinBounded(head, parts);
}

/** `head`, then each part as a top-level value, space-separated, until the text reaches MAX_JOINED. */
function joinBounded(head: string[], parts: readonly unknown[]): string {
  const pieces = [...head];
  let length = head.reduce((sum, piece) => sum + piece.length, 0);
  for (let index = 0; index < parts.length && length < MAX_JOINED; index++) {
    const piece = formatTop(parts[index]);
    pieces.push(piece.length > MAX_JOINED - length ? piece.slice(0, MAX_JOINED - length) : piece);
    length += piece.length + 1;
  }
  return pieces.join(" ");
}

/** One value as a top-level console argument: strings raw, everything else as a preview. */
export function formatTop(value: unknown): string {
  return typeof value === "string" ? value : formatValue(value);
}

/** One value as shown nested in another (strings quoted), starting `depth` levels down. */
export function formatValue(value: unknown, depth = 0): string {
  return format(value, { depth, seen: [], budget: { left: MAX_CHARS } });
}

function format(value: unknown, walk: Walk): string {
  try {
    return formatAny(value, walk);
  } catch {
    return spend(walk, UNREADABLE);
  }
}

/** Counts `text` against the walk's budget and returns it. */
function spend(walk: Walk, text: string): string {
  walk.budget.left -= text.length;
  return text;
}

function formatAny(value: unknown, walk: Walk): string {
  switch (typeof value) {
    case "string":
      return spend(walk, quote(value.length > walk.budget.left ? `${value.slice(0, Math.max(0, walk.budget.left))}…` : value));
    case "number":
      return spend(walk, Object.is(value, -0) ? "-0" : String(value));
    case "bigint":
      return spend(walk, `${value}n`);
    case "function":
      return spend(walk, formatFunction(value));
    case "object":
      if (value === null) return spend(walk, "null");
      if (walk.seen.includes(value)) return spend(walk, "[Circular]");
      return formatObject(value, { ...walk, seen: [...walk.seen, value] });
    default: // undefined, boolean, symbol: String() runs nothing of the snippet's
      return spend(walk, String(value));
  }
}

function quote(text: string): string {
  const mark = !text.includes("'") ? "'" : !text.includes('"') ? '"' : "`";
  const escaped = text.replaceAll("\\", "\\\\").replaceAll("\n", "\\n").replaceAll(mark, `\\${mark}`);
  return `${mark}${escaped}${mark}`;
}

function formatFunction(fn: Function): string {
  if (/^class\b/.test(read.functionSource(fn))) return `class ${nameOf(fn) || "(anonymous)"}`;
  const tag = read.toStringTag(fn) ?? "";
  const prefix = tag.startsWith("Async") ? "async ƒ" : "ƒ";
  const star = tag.endsWith("GeneratorFunction") ? "*" : "";
  return `${prefix}${star} ${nameOf(fn)}()`;
}

/** A function's own `name` when it is a plain string (a static getter is not run). */
function nameOf(fn: object): string {
  const name = read.ownProperty(fn, "name");
  return name && typeof name.value === "string" ? name.value : "";
}

function formatError(error: object, walk: Walk): string {
  const name = read.dataValue(error, "name");
  const message = read.dataValue(error, "message");
  const title = typeof name === "string" ? name : "Error";
  if (typeof message !== "string" || message === "") return spend(walk, title);
  const shown = message.length > walk.budget.left ? `${message.slice(0, Math.max(0, walk.budget.left))}…` : message;
  return spend(walk, `${title}: ${shown}`);
}

/** The name Chrome shows before an object's braces: its class, or nothing for plain objects. */
function className(value: object): string {
  const proto = read.getPrototypeOf(value);
  if (proto === null || proto === read.objectPrototype) return "";
  const ctor = read.dataValue(proto, "constructor");
  return typeof ctor === "function" ? nameOf(ctor) : "";
}

function formatObject(value: object, walk: Walk): string {
  const deep = walk.depth >= MAX_DEPTH;
  const inner: Walk = { ...walk, depth: walk.depth + 1 };
  const nested = (item: unknown) => format(item, inner);
  if (read.isError(value)) return formatError(value, walk);
  const tag = read.toStringTag(value);
  if (tag === "Promise") return spend(walk, "Promise {<pending>}");
  if (tag === "Generator" || tag === "AsyncGenerator") return spend(walk, `Object [${tag}] {}`);
  if (tag === "WeakMap" || tag === "WeakSet" || tag === "WeakRef") return spend(walk, `${tag} {}`);
  if (read.isDate(value)) return spend(walk, read.dateText(value));
  if (read.isRegExp(value)) return spend(walk, read.regExpText(value));
  if (read.isMap(value)) {
    const size = read.mapSize(value);
    const head = spend(walk, `${className(value) || "Map"}(${size})`);
    if (deep) return head;
    const items = fill(walk, read.firstEntries(value, MAX_ITEMS), ([key, item]) => `${nested(key)} => ${nested(item)}`);
    return `${head} ${braces(items, size)}`;
  }
  if (read.isSet(value)) {
    const size = read.setSize(value);
    const head = spend(walk, `${className(value) || "Set"}(${size})`);
    return deep ? head : `${head} ${braces(fill(walk, read.firstValues(value, MAX_ITEMS), nested), size)}`;
  }
  const kind = read.typedArrayKind(value);
  if (kind !== undefined) {
    const length = read.typedArrayLength(value);
    const head = spend(walk, `${kind}(${length})`);
    if (deep) return head;
    const shown: unknown[] = [];
    for (let index = 0; index < Math.min(length, MAX_ITEMS); index++) shown.push((value as unknown as ArrayLike<unknown>)[index]);
    return `${head} ${brackets(fill(walk, shown, nested), length)}`;
  }
  if (read.isArrayBuffer(value)) return spend(walk, `ArrayBuffer(${read.byteLength(value)})`);
  if (read.isArray(value)) return formatArray(value, walk, deep, nested);
  return formatPlain(value, walk, deep, nested);
}

/** Formats `items` one by one while the budget lasts; past it, a last `…` item says the rest was cut. */
function fill<T>(walk: Walk, items: readonly T[], show: (item: T) => string): string[] {
  const shown: string[] = [];
  for (const item of items) {
    if (walk.budget.left <= 0) return [...shown, "…"];
    shown.push(show(item));
  }
  return shown;
}

function formatArray(array: unknown[], walk: Walk, deep: boolean, nested: (item: unknown) => string): string {
  const length = read.dataValue(array, "length") as number;
  if (deep) return spend(walk, length === 0 ? "[]" : `Array(${length})`);
  const items: string[] = [];
  let probes = 0;
  let cut = false;
  for (let index = 0; index < length && items.length < MAX_ITEMS; index++) {
    if (walk.budget.left <= 0 || probes >= MAX_PROBES) {
      cut = true;
      break;
    }
    const own = read.ownProperty(array, index);
    if (own) {
      probes++;
      items.push("value" in own ? nested(own.value) : "(...)");
      continue;
    }
    // A run of holes is one item; counting it looks at each index, so it is bounded too.
    let end = index;
    while (end + 1 < length && probes < MAX_PROBES && !read.ownProperty(array, end + 1)) {
      end++;
      probes++;
    }
    const count = end - index + 1;
    items.push(count === 1 ? "empty" : `empty × ${count}`);
    index = end;
  }
  return length > MAX_ITEMS || cut ? `[${[...items, "…"].join(", ")}]` : `[${items.join(", ")}]`;
}

function formatPlain(value: object, walk: Walk, deep: boolean, nested: (item: unknown) => string): string {
  const name = className(value);
  const prefix = name ? `${name} ` : "";
  const entries: string[] = [];
  let more = false;
  for (const key of read.ownKeys(value)) {
    const property = read.ownProperty(value, key);
    if (!property?.enumerable) continue;
    if (deep || entries.length >= MAX_ITEMS || walk.budget.left <= 0) {
      more = true;
      break;
    }
    // Getters are not run: they could have side effects (Chrome shows "(...)" too).
    entries.push(`${spend(walk, formatKey(key))}: ${"value" in property ? nested(property.value) : "(...)"}`);
  }
  if (deep) return spend(walk, more ? `${prefix}{…}` : `${prefix}{}`);
  if (more) entries.push("…");
  return entries.length === 0 ? `${prefix}{}` : `${prefix}{${entries.join(", ")}}`;
}

function formatKey(key: string | symbol): string {
  if (typeof key === "symbol") return String(key);
  return IDENTIFIER.test(key) || /^\d+$/.test(key) ? key : quote(key);
}

function braces(items: string[], total: number): string {
  const shown = total > items.length && items.at(-1) !== "…" ? [...items, "…"] : items;
  return shown.length === 0 ? "{}" : `{${shown.join(", ")}}`;
}

function brackets(items: string[], total: number): string {
  return total > MAX_ITEMS && items.at(-1) !== "…" ? `[${[...items, "…"].join(", ")}]` : `[${items.join(", ")}]`;
}

/** Applies %s %d %i %f %o %O %c (and %%) to `format`; `next` says how many arguments it used. */
function substitute(format: string, args: readonly unknown[]): { text: string; next: number } {
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
  return { text, next };
}
