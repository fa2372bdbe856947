import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { unified } from "unified";
import remarkParse from "remark-parse";
import remarkMdx from "remark-mdx";
import type { Root } from "mdast";
import { collectRunnables } from "../../build/fences";
import { examplesInserted, insertedExamples } from "./examples-inserted";
import { migrateSplit, movedHref } from "./migrate";

const directory = join(import.meta.dirname, "../../../content/lessons");
const titlesOf = (slug: string) => {
  const file = readdirSync(directory).find((name) => name.replace(/^\d\d-|\.mdx$/g, "") === slug)!;
  const text = readFileSync(join(directory, file), "utf8").replace(/^---\n[\s\S]*?\n---\n/, "");
  return collectRunnables(unified().use(remarkParse).use(remarkMdx).parse(text) as Root).map((runnable) => runnable.meta.title);
};

/** A Map-backed stand-in for localStorage. */
function memoryArea(entries: Record<string, string> = {}) {
  const map = new Map(Object.entries(entries));
  return {
    map,
    getItem: (key: string) => map.get(key) ?? null,
    setItem: (key: string, value: string) => void map.set(key, value),
    removeItem: (key: string) => void map.delete(key),
  };
}

describe.each(insertedExamples)("$slug: the examples that moved down", ({ slug, oldTitles, moves }) => {
  it("names, for every old example, the new number where the same example now lives", () => {
    const titles = titlesOf(slug);
    expect(Object.keys(moves).map(Number)).toEqual(oldTitles.map((_, i) => i + 1));
    oldTitles.forEach((title, i) => expect(titles[moves[i + 1]! - 1], `old example ${i + 1}`).toBe(title));
  });
});

describe("migrating readers' edits after the insertions", () => {
  const executors = examplesInserted.find((migration) => migration.from === "executors")!;

  it("moves an edit to its example's new number, without overwriting the example that moved in after it", () => {
    const area = memoryArea({ "interleave:code:executors/5": "edited copies", "interleave:code:executors/6": "edited transfer" });
    expect(migrateSplit(area, executors)).toBe(true);
    expect(area.getItem("interleave:code:executors/5")).toBeNull(); // the new example there starts as the lesson wrote it
    expect(area.getItem("interleave:code:executors/6")).toBe("edited copies");
    expect(area.getItem("interleave:code:executors/7")).toBe("edited transfer");
  });

  it("runs once: an edit made after the move stays where it was made", () => {
    const area = memoryArea({ "interleave:code:executors/5": "old" });
    migrateSplit(area, executors);
    area.setItem("interleave:code:executors/5", "new edit of the new example");
    expect(migrateSplit(area, executors)).toBe(false);
    expect(area.getItem("interleave:code:executors/5")).toBe("new edit of the new example");
  });

  it("leaves progress and links alone: the lesson kept its slug and its sections' anchors", () => {
    const progress = JSON.stringify({ lessons: { executors: { visited: true } }, last: { lesson: "executors", href: "/lessons/executors/#slide-3" } });
    const area = memoryArea({ "interleave:progress": progress });
    migrateSplit(area, executors);
    expect(JSON.parse(area.getItem("interleave:progress") ?? "{}")).toEqual(JSON.parse(progress));
    expect(movedHref("/lessons/executors/slides/#6", executors)).toBeUndefined();
  });
});
