import type { Root } from "mdast";
import type { VFile } from "vfile";
import { visit } from "unist-util-visit";

/** The components lessons may use without importing them (see src/site/components/mdx/index.ts). */
export const lessonComponents = ["Notes", "Compare", "Step", "Exercise", "Hint", "Predict", "Playground"] as const;

/** remark plugin: an unknown capitalised tag fails the build naming the file and line, never a blank page. */
export default function remarkComponents() {
  return (tree: Root, file: VFile) => {
    visit(tree, (node) => {
      if (node.type !== "mdxJsxFlowElement" && node.type !== "mdxJsxTextElement") return;
      const name = node.name ?? "";
      if (!/^[A-Z]/.test(name) || (lessonComponents as readonly string[]).includes(name)) return;
      const line = node.position?.start.line ?? "?";
      file.fail(`${file.path}:${line}: unknown component <${name}>. Lessons may use: ${lessonComponents.filter((c) => c !== "Playground").join(", ")}.`);
    });
  };
}
