import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { unified } from "unified";
import remarkParse from "remark-parse";
import remarkMdx from "remark-mdx";
import type { Root } from "mdast";
import GithubSlugger from "github-slugger";
import { collectRunnables } from "../../build/fences";
import { splitIntoSlides } from "../../build/remark-slides";
import { asyncAwaitSplit as split, oldExampleTitles } from "./async-await-split";

const files: Record<string, string> = { "async-await": "05-async-await.mdx", "gather-race-cancel": "06-gather-race-cancel.mdx" };
const lessonTree = (slug: string) => {
  const text = readFileSync(join(import.meta.dirname, "../../../content/lessons", files[slug]!), "utf8").replace(/^---\n[\s\S]*?\n---\n/, "");
  return unified().use(remarkParse).use(remarkMdx).parse(text) as Root;
};
const titleAt = (id: string) => {
  const [slug, index] = id.split("/");
  return collectRunnables(lessonTree(slug!))[Number(index) - 1]?.meta.title;
};

describe("the async / await split's table", () => {
  it("names, for every old example, the new id where the same example now lives", () => {
    expect(Object.keys(split.examples).map(Number)).toEqual(oldExampleTitles.map((_, i) => i + 1));
    oldExampleTitles.forEach((title, i) => expect(titleAt(split.examples[i + 1]!), `old example ${i + 1}`).toBe(title));
  });

  it("names, for every moved section, its heading's number in the new lesson", () => {
    for (const section of split.sections) {
      const slides = splitIntoSlides(lessonTree(section.lesson).children);
      const slugger = new GithubSlugger();
      const anchors = slides.map((nodes) => {
        const heading = nodes.find((node) => node.type === "heading");
        return heading ? slugger.slug(collectText(heading)) : "";
      });
      const anchor = section.newAnchor ?? section.anchor;
      expect(anchors.indexOf(anchor) + 1, anchor).toBe(section.section);
    }
  });
});

function collectText(node: unknown): string {
  const value = node as { value?: string; children?: unknown[] };
  return (value.value ?? "") + (value.children ?? []).map(collectText).join("");
}
