import { formatArgs, formatTop, UNREADABLE } from "../../code/format-value.ts";
import { formatTable } from "../../code/format-table.ts";
import type { LogLevel } from "../protocol/messages.ts";

/** Captured before any snippet runs: calling through it looks nothing up that a snippet could patch. */
const apply = Reflect.apply;

/** Receives each console line, already formatted. */
export type PrintLine = (level: LogLevel, text: string) => void;

/**
 * A console whose lines go to `print` as text: log/info/warn/error/debug/table, plus the usual
 * helpers (dir, assert, count, time, group…). `now` is the run's logical clock (for console.time).
 */
export function createConsole(print: PrintLine, now: () => number): Record<string, (...args: unknown[]) => void> {
  const methods = consoleMethods(print, now);
  // A console call never throws into the reader's code, whatever it is handed.
  const guard = (method: (...args: unknown[]) => void) =>
    function (...args: unknown[]) {
      try {
        apply(method, undefined, args);
      } catch {
        print("log", UNREADABLE);
      }
    };
  const guarded: Record<string, (...args: unknown[]) => void> = {};
  for (const name of Object.keys(methods)) guarded[name] = guard(methods[name]!);
  return guarded;
}

function consoleMethods(print: PrintLine, now: () => number): Record<string, (...args: unknown[]) => void> {
  let indent = "";
  const counts = new Map<string, number>();
  const timers = new Map<string, number>();
  const emit = (level: LogLevel, text: string) =>
    print(level, indent ? text.replace(/^/gm, indent) : text);
  const logger = (level: LogLevel) => (...args: unknown[]) => emit(level, formatArgs(args));
  const label = (value: unknown) => (value === undefined ? "default" : String(value));
  const timeLine = (name: string, extra: unknown[], end: boolean) => {
    const start = timers.get(name);
    if (start === undefined) return emit("warn", `Timer '${name}' does not exist`);
    if (end) timers.delete(name);
    emit("log", [`${name}: ${now() - start} ms`, ...extra.map(formatTop)].join(" "));
  };
  return {
    log: logger("log"),
    info: logger("info"),
    warn: logger("warn"),
    error: logger("error"),
    debug: logger("debug"),
    trace: (...args) => emit("log", `Trace${args.length ? `: ${formatArgs(args)}` : ""}`),
    dir: (value) => emit("log", formatTop(value)),
    table(data, columns) {
      const table = formatTable(data, Array.isArray(columns) ? columns.map(String) : undefined);
      emit("log", table ?? formatArgs([data]));
    },
    assert(condition, ...args) {
      if (!condition) emit("error", `Assertion failed${args.length ? `: ${formatArgs(args)}` : ""}`);
    },
    count(name) {
      const key = label(name);
      const count = (counts.get(key) ?? 0) + 1;
      counts.set(key, count);
      emit("log", `${key}: ${count}`);
    },
    countReset: (name) => void counts.delete(label(name)),
    time: (name) => void timers.set(label(name), now()),
    timeLog: (name, ...extra) => timeLine(label(name), extra, false),
    timeEnd: (name) => timeLine(label(name), [], true),
    group(...args) {
      if (args.length) emit("log", formatArgs(args));
      indent += "  ";
    },
    groupCollapsed(...args) {
      if (args.length) emit("log", formatArgs(args));
      indent += "  ";
    },
    groupEnd: () => void (indent = indent.slice(2)),
    clear: () => {},
  };
}
