import type { Root, RootContent } from "mdast";
import type { VFile } from "vfile";

/** Top-level nodes that must stay outside slides (MDX imports/exports). */
const isModuleNode = (node: RootContent) => node.type === "mdxjsEsm";

/** Groups top-level nodes into slides, cutting at every thematic break (`---`). */
export function splitIntoSlides(children: RootContent[]): RootContent[][] {
  const slides: RootContent[][] = [[]];
  for (const node of children) {
    if (node.type === "thematicBreak") slides.push([]);
    else slides[slides.length - 1]!.push(node);
  }
  return slides.filter((slide) => slide.length > 0);
}

/** remark plugin: wraps each slide in `<section class="slide" id="slide-N">`; a lesson with none fails the build. */
export default function remarkSlides() {
  return (tree: Root, file: VFile) => {
    const moduleNodes = tree.children.filter(isModuleNode);
    const slides = splitIntoSlides(tree.children.filter((node) => !isModuleNode(node)));
    if (slides.length === 0) file.fail(`${file.path}: the lesson has no slides (no content after the frontmatter).`);
    const sections = slides.map((children, index) => ({
      type: "slide",
      children,
      data: { hName: "section", hProperties: { className: ["slide"], id: `slide-${index + 1}`, dataSlide: index + 1 } },
    }));
    tree.children = [...moduleNodes, ...(sections as unknown as RootContent[])];
  };
}
