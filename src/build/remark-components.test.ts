import { describe, expect, it } from "vitest";
import { unified } from "unified";
import remarkParse from "remark-parse";
import remarkMdx from "remark-mdx";
import { VFile } from "vfile";
import type { Root } from "mdast";
import remarkComponents from "./remark-components";

const check = (mdx: string) => {
  const file = new VFile({ path: "content/lessons/03-x.mdx", value: mdx });
  remarkComponents()(unified().use(remarkParse).use(remarkMdx).parse(file) as Root, file);
};

describe("remark-components", () => {
  it("accepts the lesson components and plain HTML", () => {
    expect(() => check("<Notes>Say hi</Notes>\n\n<Compare>x</Compare>\n\n<Step>y</Step>\n\n<kbd>F</kbd>")).not.toThrow();
    expect(() => check("<Exercise id=\"x\" title=\"X\">\n\n<Hint>h</Hint>\n\n</Exercise>\n\n<Predict id=\"p\">y</Predict>")).not.toThrow();
  });
  it("fails the build on an unknown component, naming file, line and what is allowed", () => {
    expect(() => check("## One\n\n<Slide>oops</Slide>")).toThrow(/03-x\.mdx:3: unknown component <Slide>\. Lessons may use: Notes, Compare, Step, Exercise, Hint, Predict\./);
  });
});
