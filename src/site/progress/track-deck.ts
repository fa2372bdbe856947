import { afterPaint } from "../../deck/later";
import { pageLocale, t } from "../../lib/i18n";
import { markCompleted, markVisited, pageStorage, rememberPlace } from "./store";

/**
 * On a lesson deck: marks it visited, remembers the slide shown, and marks the lesson completed
 * when the last slide is reached. Reads the deck's DOM contract only (slides are
 * `[data-canvas] > .slide`, the shown one carries `data-current`), so the deck engine needs no hook.
 */
export function trackDeck(root: HTMLElement): void {
  const lesson = root.dataset.lesson;
  const canvas = root.querySelector<HTMLElement>("[data-canvas]");
  if (!lesson || !canvas) return;
  const storage = pageStorage();
  const title = root.getAttribute("aria-label") ?? lesson;
  const slides = [...canvas.querySelectorAll<HTMLElement>(":scope > .slide")];
  markVisited(storage, lesson);
  let shown = -1;
  const check = () => {
    const index = slides.findIndex((slide) => slide.hasAttribute("data-current"));
    if (index < 0 || index === shown) return;
    shown = index;
    rememberPlace(storage, { lesson, title, href: `${location.pathname}#${index + 1}`, label: t(pageLocale(), "progress.slide", { n: index + 1 }) });
    if (index === slides.length - 1) markCompleted(storage, lesson);
  };
  check();
  // Storage is written after the new slide is painted, never inside the slide change.
  new MutationObserver(afterPaint(check)).observe(canvas, { subtree: true, attributes: true, attributeFilter: ["data-current"] });
  // A reader who leaves right after a change still has it saved.
  addEventListener("pagehide", check);
}
