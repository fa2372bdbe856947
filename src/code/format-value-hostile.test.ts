import { describe, expect, it } from "vitest";
import { createConsole } from "../sandbox/guest/console.ts";
import { formatTable } from "./format-table.ts";
import { formatArgs, formatValue, UNREADABLE } from "./format-value.ts";

const throwing = () => {
  throw new Error("trap");
};
/** A Proxy every trap of which throws. */
const hostileProxy = () =>
  new Proxy({}, { get: throwing, has: throwing, ownKeys: throwing, getOwnPropertyDescriptor: throwing, getPrototypeOf: throwing });

function guestConsole() {
  const lines: string[] = [];
  return { console: createConsole((_, text) => lines.push(text), () => 0), lines };
}

/** Real ms `run` took. */
function timed(run: () => void): number {
  const started = performance.now();
  run();
  return performance.now() - started;
}

describe("console output of hostile values", () => {
  it("a Proxy with throwing traps prints as unreadable, and console.log does not throw (probe)", () => {
    const { console, lines } = guestConsole();
    expect(() => console.log?.(hostileProxy())).not.toThrow();
    expect(lines).toEqual([UNREADABLE]);
    expect(formatValue({ inner: hostileProxy() })).toBe(`{inner: ${UNREADABLE}}`);
  });

  it("a throwing Symbol.toStringTag getter is not run (probe)", () => {
    let runs = 0;
    class Tagged {
      get [Symbol.toStringTag](): string {
        runs++;
        throw new Error("tag");
      }
    }
    const { console, lines } = guestConsole();
    expect(() => console.log?.(new Tagged(), { get [Symbol.toStringTag]() { return throwing(); } })).not.toThrow();
    expect(lines).toEqual(["Tagged {} {Symbol(Symbol.toStringTag): (...)}"]);
    expect(runs).toBe(0);
  });

  it("console.table runs no getter of its rows or cells (probe)", () => {
    let runs = 0;
    const row = { get secret() { runs++; return "ran"; }, plain: 1 };
    const table = { get first() { runs++; return row; }, second: row };
    const { console, lines } = guestConsole();
    console.table?.([row, row]);
    console.table?.(table);
    expect(runs).toBe(0);
    expect(lines.join("\n")).not.toContain("ran");
    expect(lines[0]).toContain("(...)");
    expect(formatTable(hostileProxy())).toBe(UNREADABLE);
  });

  it("a 6e7-element Float64Array is shown without being copied (probe: 7.8 s, 1.4 GB)", () => {
    const huge = new Float64Array(6e7);
    let text = "";
    expect(timed(() => (text = formatValue(huge)))).toBeLessThan(1_000); // copying it took 7.8 s
    expect(text).toMatch(/^Float64Array\(60000000\) \[0, 0, .*, …\]$/);
  });

  it("a Map and a Set of a million entries are shown without being copied", () => {
    const map = new Map(Array.from({ length: 1e6 }, (_, index) => [index, index]));
    const set = new Set(map.keys());
    let text = "";
    expect(timed(() => (text = formatArgs([map, set])))).toBeLessThan(500);
    expect(text).toMatch(/^Map\(1000000\) \{0 => 0, .*99 => 99, …\} Set\(1000000\) \{0, 1, .*99, …\}$/);
  });

  it("a 5 MB error message, a 5 MB nested string and a sparse array of a billion are cut short", () => {
    expect(formatValue(new Error("E".repeat(5e6))).length).toBeLessThan(25_000);
    expect(formatValue(["s".repeat(5e6)]).length).toBeLessThan(25_000);
    expect(timed(() => expect(formatValue(new Array(1e9))).toMatch(/^\[empty × \d+, …\]$/))).toBeLessThan(1_000);
    const wide = Array.from({ length: 100 }, () => Array.from({ length: 100 }, () => "w".repeat(1_000)));
    expect(formatValue(wide).length).toBeLessThan(25_000);
  });

  it("a line of a million arguments is joined only as far as a line can show", () => {
    const args = Array.from({ length: 1e6 }, () => "arg");
    expect(formatArgs(args).length).toBeLessThanOrEqual(1_000_000);
  });

  it("getters on Array.prototype indices are not run for holes, nor a class's static name getter", () => {
    let runs = 0;
    class Named {
      static get name(): string {
        runs++;
        return "ran";
      }
    }
    expect(formatValue(Named)).toBe("class (anonymous)");
    // eslint-disable-next-line no-sparse-arrays
    expect(formatValue([1, , 3])).toBe("[1, empty, 3]");
    expect(runs).toBe(0);
  });
});
