/** How the tracer shows values (like the output panel, cut short) and tells what an object is. */
import { formatValue } from "../../code/format-value.ts";

/** Longest value preview kept in an event. */
const PREVIEW_LENGTH = 60;

/** A value as the output panel would show it, cut short. */
export function preview(value: unknown): string {
  if (value === undefined) return "undefined";
  if (typeof value === "number" && !Object.is(value, -0)) return String(value);
  const text = formatValue(value);
  return text.length > PREVIEW_LENGTH ? `${text.slice(0, PREVIEW_LENGTH - 1)}…` : text;
}

/** Arguments as a lane's name shows them: containers collapsed ("Array(20)"), so names stay short. */
export function argumentsPreview(args: ArrayLike<unknown> | undefined): string {
  return args ? Array.from(args, (arg) => (typeof arg === "object" && arg !== null ? formatValue(arg, 2) : preview(arg))).join(", ") : "";
}

export function isObject(value: unknown): value is object {
  return (typeof value === "object" && value !== null) || typeof value === "function";
}

export function isGeneratorObject(value: unknown): boolean {
  const tag = isObject(value) ? Object.prototype.toString.call(value) : "";
  return tag === "[object Generator]" || tag === "[object AsyncGenerator]";
}
