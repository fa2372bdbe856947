import { describe, expect, it } from "vitest";
import { unified } from "unified";
import remarkParse from "remark-parse";
import remarkMdx from "remark-mdx";
import { VFile } from "vfile";
import type { Root } from "mdast";
import remarkSlides, { splitIntoSlides } from "./remark-slides";

const run = (mdx: string) => {
  const file = new VFile({ path: "content/lessons/09-test.mdx", value: mdx });
  const tree = unified().use(remarkParse).use(remarkMdx).parse(file) as Root;
  remarkSlides()(tree, file);
  return tree;
};

describe("remark-slides", () => {
  it("cuts the lesson at every thematic break", () => {
    const tree = run("## One\n\ntext\n\n---\n\n## Two\n\n---\n\n## Three");
    expect(tree.children.map((node) => (node.data as { hProperties: { id: string } }).hProperties.id)).toEqual(["slide-1", "slide-2", "slide-3"]);
  });
  it("ignores empty slides from leading, trailing or doubled breaks", () => {
    expect(splitIntoSlides(run("---\n\n## One\n\n---\n\n---\n\n## Two\n\n---").children)).toHaveLength(1);
    expect(run("---\n\n## One\n\n---\n\n---\n\n## Two\n\n---").children).toHaveLength(2);
  });
  it("keeps imports outside the slides", () => {
    const tree = run('import X from "./x"\n\n## One');
    expect(tree.children.map((node) => node.type)).toEqual(["mdxjsEsm", "slide"]);
  });
  it("fails the build, naming the file, when a lesson has no slides", () => {
    expect(() => run("")).toThrow(/09-test\.mdx: the lesson has no slides/);
  });
  it("does not split at a --- inside a code fence", () => {
    expect(run("## One\n\n```text\n---\n```").children).toHaveLength(1);
  });
});
