/** The language switcher keeps the reader's place: the same slide in a deck, the same section in an article. */
import { currentSection } from "./reading/article";

/** Where the reader is, as a fragment both editions understand: "#7" on a deck, "#slide-3" in an article. */
export function placeFragment(root: Document): string {
  if (root.querySelector("[data-deck]")) return root.location.hash;
  const sections = [...root.querySelectorAll<HTMLElement>(".lesson-content > .slide")];
  const section = sections.length > 0 ? currentSection(sections) : 0;
  // Section ids (slide-N) are numbered, not named, so they match across languages; heading anchors do not.
  return section > 0 ? `#slide-${section}` : "";
}

export function bindEditionSwitch(root: Document): void {
  for (const link of root.querySelectorAll<HTMLAnchorElement>("[data-edition-switch]")) {
    const page = link.href.split("#")[0];
    link.addEventListener("click", () => (link.href = page + placeFragment(root)));
  }
}
