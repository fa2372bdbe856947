import type { Element, Root } from "hast";
import { toText } from "hast-util-to-text";
import { visit } from "unist-util-visit";
import GithubSlugger from "github-slugger";
import type { VFile } from "vfile";
import { localeOfContentFile, t } from "../lib/i18n";

const linkedHeadings = new Set(["h2", "h3"]);

/** rehype plugin: gives h2/h3 stable ids and a "#" link a reader can copy, before Astro collects headings. */
export default function rehypeHeadingAnchors() {
  return (tree: Root, file: VFile) => {
    const locale = localeOfContentFile(file.path);
    const slugger = new GithubSlugger();
    visit(tree, "element", (node: Element) => {
      if (!linkedHeadings.has(node.tagName)) return;
      const text = toText(node).trim();
      const id = typeof node.properties.id === "string" ? node.properties.id : slugger.slug(text);
      node.properties.id = id;
      // No text inside the link: the heading's text (and slug) stays exactly what the author wrote.
      node.children.push({
        type: "element",
        tagName: "a",
        properties: { className: ["heading-anchor"], href: `#${id}`, ariaLabel: t(locale, "anchor.linkTo", { heading: text }) },
        children: [],
      });
    });
  };
}
