import { describe, expect, it } from "vitest";
import { formatTable } from "./format-table.ts";
import { formatArgs, formatValue } from "./format-value.ts";

describe("formatArgs", () => {
  it("prints top-level strings raw and joins arguments with spaces", () => {
    expect(formatArgs(["hello", "world", 1])).toBe("hello world 1");
    expect(formatArgs([])).toBe("");
  });

  it("prints primitives like Chrome", () => {
    expect(formatArgs([1, -0, NaN, Infinity, 10n, undefined, null, true, Symbol("x"), Symbol()])).toBe(
      "1 -0 NaN Infinity 10n undefined null true Symbol(x) Symbol()",
    );
  });

  it("substitutes %s %d %i %f %o %O %c and %%", () => {
    expect(formatArgs(["%s is %d years", "Ada", 36.9])).toBe("Ada is 36 years");
    expect(formatArgs(["%i|%f|%d|%d", 42.7, 1.5, -1.5, "42"])).toBe("42|1.5|-2|NaN");
    expect(formatArgs(["%o and %O", "s", { a: 1 }])).toBe("'s' and {a: 1}");
    expect(formatArgs(["%cstyled", "color: red"])).toBe("styled");
    expect(formatArgs(["100%% sure", "extra"])).toBe("100% sure extra");
    expect(formatArgs(["%s and %s", "one"])).toBe("one and %s");
    expect(formatArgs(["%s", { a: [1] }])).toBe("{a: Array(1)}");
    expect(formatArgs(["%d", 5n])).toBe("5n");
  });
});

describe("formatValue", () => {
  it("quotes nested strings, choosing quotes that need no escaping", () => {
    expect(formatValue(["a", "it's", `say "hi" it's`, "two\nlines"])).toBe(`['a', "it's", \`say "hi" it's\`, 'two\\nlines']`);
  });

  it("prints arrays, with holes and a cut after 100 items", () => {
    expect(formatValue([1, 2, "a"])).toBe("[1, 2, 'a']");
    expect(formatValue([])).toBe("[]");
    // eslint-disable-next-line no-sparse-arrays
    expect(formatValue([1, , , 4, , 6])).toBe("[1, empty × 2, 4, empty, 6]");
    expect(formatValue(Array.from({ length: 150 }, (_, i) => i))).toMatch(/, 99, …\]$/);
  });

  it("prints objects, class instances and keys that need quotes", () => {
    expect(formatValue({ a: 1, b: "x" })).toBe("{a: 1, b: 'x'}");
    expect(formatValue({})).toBe("{}");
    expect(formatValue({ "my-key": 1, 2: true, [Symbol("s")]: null })).toBe("{2: true, 'my-key': 1, Symbol(s): null}");
    class Point {
      constructor(
        public x: number,
        public y: number,
      ) {}
    }
    expect(formatValue(new Point(1, 2))).toBe("Point {x: 1, y: 2}");
    expect(formatValue(Object.create(null))).toBe("{}");
    expect(formatValue({ get lazy() { return 1; } })).toBe("{lazy: (...)}");
  });

  it("collapses nesting deeper than two levels", () => {
    expect(formatValue({ a: { b: { c: { d: 1 } } } })).toBe("{a: {b: {…}}}");
    expect(formatValue([[[[1]]]])).toBe("[[Array(1)]]");
    expect(formatValue({ a: { b: new Map([[1, 2]]) } })).toBe("{a: {b: Map(1)}}");
  });

  it("prints Map and Set", () => {
    expect(formatValue(new Map([["a", 1], ["b", 2]]))).toBe("Map(2) {'a' => 1, 'b' => 2}");
    expect(formatValue(new Set([1, 2]))).toBe("Set(2) {1, 2}");
    expect(formatValue(new Map())).toBe("Map(0) {}");
  });

  it("prints functions and classes", () => {
    function named() {}
    async function later() {}
    function* gen() {}
    class Widget {}
    expect(formatValue(named)).toBe("ƒ named()");
    expect(formatValue(later)).toBe("async ƒ later()");
    expect(formatValue(gen)).toBe("ƒ* gen()");
    expect(formatValue(Widget)).toBe("class Widget");
    expect(formatArgs([() => 1])).toBe("ƒ ()");
  });

  it("prints errors as name: message, without the stack", () => {
    expect(formatValue(new TypeError("bad thing"))).toBe("TypeError: bad thing");
    expect(formatValue(new Error())).toBe("Error");
    expect(formatValue({ error: new RangeError("r") })).toBe("{error: RangeError: r}");
  });

  it("marks circular references", () => {
    const node: Record<string, unknown> = { name: "loop" };
    node.self = node;
    expect(formatValue(node)).toBe("{name: 'loop', self: [Circular]}");
    const list: unknown[] = [1];
    list.push(list);
    expect(formatValue(list)).toBe("[1, [Circular]]");
  });

  it("prints promises, generators, dates, regexps and typed arrays", () => {
    expect(formatValue(new Promise(() => {}))).toBe("Promise {<pending>}");
    function* gen() {
      yield 1;
    }
    expect(formatValue(gen())).toBe("Object [Generator] {}");
    expect(formatValue(/a+/g)).toBe("/a+/g");
    expect(formatValue(new Date(Number.NaN))).toBe("Invalid Date");
    expect(formatValue(new Uint8Array([1, 2]))).toBe("Uint8Array(2) [1, 2]");
    expect(formatValue(new WeakMap())).toBe("WeakMap {}");
  });
});

describe("formatTable", () => {
  it("draws rows of objects with a column per key", () => {
    expect(formatTable([{ a: 1, b: "x" }, { a: 2 }])).toBe(
      [
        "┌─────────┬───┬─────┐",
        "│ (index) │ a │ b   │",
        "├─────────┼───┼─────┤",
        "│ 0       │ 1 │ 'x' │",
        "│ 1       │ 2 │     │",
        "└─────────┴───┴─────┘",
      ].join("\n"),
    );
  });

  it("puts primitive rows in a Values column and honours a column filter", () => {
    expect(formatTable({ x: 1, y: { k: true, z: 0 } }, ["k"])).toBe(
      [
        "┌─────────┬──────┬────────┐",
        "│ (index) │ k    │ Values │",
        "├─────────┼──────┼────────┤",
        "│ x       │      │ 1      │",
        "│ y       │ true │        │",
        "└─────────┴──────┴────────┘",
      ].join("\n"),
    );
  });

  it("returns undefined for data that is not an object", () => {
    expect(formatTable(5)).toBeUndefined();
  });
});
