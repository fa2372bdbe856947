import { slideForArticleSection } from "../../lib/slide-map";

/** The article section (1-based; 0 = the lesson's header) whose top the reader has scrolled past. */
export function currentSection(sections: HTMLElement[], offset = 160): number {
  let current = 0;
  sections.forEach((section, i) => {
    if (section.getBoundingClientRect().top <= offset) current = i + 1;
  });
  return current;
}

/** Keeps the "Present" link pointing at the slide for the section being read. */
export function startReading(root: Document): void {
  const present = root.querySelector<HTMLAnchorElement>("[data-present]");
  const sections = [...root.querySelectorAll<HTMLElement>(".lesson-content > .slide")];
  if (!present) return;
  const deckUrl = present.href.split("#")[0];
  let frame = 0;
  const refresh = () => {
    frame = 0;
    present.href = `${deckUrl}#${slideForArticleSection(currentSection(sections))}`;
  };
  // Follow the reading position as it changes, at most once a frame.
  addEventListener("scroll", () => (frame ||= requestAnimationFrame(refresh)), { passive: true });
  refresh();
}
