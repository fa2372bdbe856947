import { describe, expect, it } from "vitest";
import { unified } from "unified";
import remarkParse from "remark-parse";
import remarkMdx from "remark-mdx";
import type { Root } from "mdast";
import { collectRunnables, parseFenceMeta } from "./fences";

const parse = (mdx: string) => unified().use(remarkParse).use(remarkMdx).parse(mdx) as Root;

describe("parseFenceMeta", () => {
  it("reads the kind, options and flags", () => {
    expect(parseFenceMeta('run title="Count down, concurrently" timeout=20000 scale=100 trace')).toEqual({
      kind: "run",
      title: "Count down, concurrently",
      timeout: 20000,
      scale: 100,
      trace: true,
    });
  });
  it("treats a fence with no meta as static", () => {
    expect(parseFenceMeta(undefined)).toEqual({ kind: null, trace: false });
  });
  it("knows the two sides of a comparison", () => {
    expect(parseFenceMeta("sync").kind).toBe("sync");
    expect(parseFenceMeta("async scale=10").kind).toBe("async");
  });
  it("reads a side's own label, so a <Compare> can say callbacks / await instead of sync / async", () => {
    expect(parseFenceMeta('sync label="callbacks" title="Callbacks, nested"')).toMatchObject({ kind: "sync", label: "callbacks", title: "Callbacks, nested" });
    expect(parseFenceMeta("async label=await").label).toBe("await");
    expect(parseFenceMeta("async").label).toBeUndefined();
  });
  it("rejects a label on a lone example, or an empty one", () => {
    expect(() => parseFenceMeta('run label="callbacks"')).toThrow(/sync or async/);
    expect(() => parseFenceMeta('sync label=""')).toThrow(/needs a name/);
  });
  it("rejects a time scale that is not a positive number", () => {
    expect(() => parseFenceMeta("run scale=fast")).toThrow(/scale=fast/);
  });
});

describe("collectRunnables", () => {
  it("pairs each runnable fence with the output fence right after it", () => {
    const tree = parse(["```ts run", 'console.log("hi")', "```", "", "```output", "hi", "```", "", "```ts", "static()", "```"].join("\n"));
    const [runnable, ...rest] = collectRunnables(tree);
    expect(rest).toEqual([]);
    expect(runnable).toMatchObject({ index: 1, code: 'console.log("hi")', expected: "hi", line: 1 });
  });
  it("finds sync and async fences inside <Compare>, in order", () => {
    const tree = parse(["<Compare>", "```ts sync", "a()", "```", "```ts async", "b()", "```", "```output", "b", "```", "</Compare>"].join("\n"));
    expect(collectRunnables(tree).map((r) => [r.meta.kind, r.code, r.expected])).toEqual([
      ["sync", "a()", undefined],
      ["async", "b()", "b"],
    ]);
  });
  it("ignores python and plain fences", () => {
    expect(collectRunnables(parse("```python run\nprint(1)\n```"))).toEqual([]);
  });
});
