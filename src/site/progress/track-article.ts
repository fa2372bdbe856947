import { currentSection } from "../reading/article";
import { pageLocale, t } from "../../lib/i18n";
import { markCompleted, markVisited, pageStorage, rememberPlace } from "./store";

/**
 * On a lesson article: marks it visited, remembers the section being read (after scrolling
 * settles, so scrolling costs nothing), and marks it completed once its end comes into view.
 */
export function trackArticle(main: HTMLElement): void {
  const lesson = main.dataset.lesson;
  if (!lesson) return;
  const storage = pageStorage();
  const title = main.querySelector("h1")?.textContent?.trim() ?? lesson;
  const page = location.pathname;
  const headings = [...main.querySelectorAll<HTMLElement>(".lesson-content h2[id]")];
  markVisited(storage, lesson);
  let lastHref = "";
  const remember = () => {
    // The same reading position the Present link follows (1-based; 0: above the first heading).
    const heading = headings[currentSection(headings) - 1];
    const href = heading ? `${page}#${heading.id}` : page;
    if (href === lastHref) return;
    lastHref = href;
    const label = heading?.textContent?.trim() || t(pageLocale(), "progress.beginning");
    rememberPlace(storage, { lesson, title, href, label });
  };
  remember();
  let timer = 0;
  addEventListener("scroll", () => {
    clearTimeout(timer);
    timer = window.setTimeout(remember, 300);
  }, { passive: true });

  const end = main.querySelector(".prev-next") ?? main.lastElementChild;
  if (!end || !("IntersectionObserver" in window)) return;
  const observer = new IntersectionObserver((entries) => {
    if (!entries.some((entry) => entry.isIntersecting)) return;
    markCompleted(storage, lesson);
    observer.disconnect();
  });
  observer.observe(end);
}
