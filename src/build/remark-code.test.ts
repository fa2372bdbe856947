import { describe, expect, it } from "vitest";
import { unified } from "unified";
import remarkParse from "remark-parse";
import remarkMdx from "remark-mdx";
import type { Root } from "mdast";
import { VFile } from "vfile";
import remarkCode from "./remark-code";

type Element = { type: string; name?: string; attributes?: { name: string; value: string | null }[]; children?: Element[] };
const attribute = (element: Element | undefined, name: string) => element?.attributes?.find((a) => a.name === name)?.value;

async function transform(mdx: string): Promise<Element> {
  const tree = unified().use(remarkParse).use(remarkMdx).parse(mdx) as Root;
  await remarkCode({ compile: async () => ({ ok: true, url: "/snippet.js" }) })(tree, new VFile({ path: "/x/content/lessons/05-async-await.mdx" }));
  return tree.children[0] as unknown as Element;
}

describe("a <Compare>'s sides", () => {
  it("carry their fences' labels to each side and to the pair", async () => {
    const compare = await transform(["<Compare>", '```ts sync label="callbacks"', "a()", "```", '```ts async label="await"', "b()", "```", "</Compare>"].join("\n"));
    const [left, right] = compare.children!;
    expect(attribute(left, "label")).toBe("callbacks");
    expect(attribute(right, "label")).toBe("await");
    expect(attribute(compare, "sides")).toBe("callbacks\nawait");
  });

  it("are named sync and async when their fences give no label", async () => {
    const compare = await transform(["<Compare>", "```ts sync", "a()", "```", "```ts async", "b()", "```", "</Compare>"].join("\n"));
    expect(attribute(compare.children![0], "label")).toBeUndefined();
    expect(attribute(compare, "sides")).toBe("sync\nasync");
  });
});
