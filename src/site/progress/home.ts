import { lessonState, pageStorage, readProgress } from "./store";

const markerText = { completed: "Completed", visited: "Visited" } as const;

/**
 * On the home page: a marker on each lesson the reader visited or completed, and the
 * "Continue where you left off" link to the last section or slide they were on.
 */
export function showProgress(root: Document): void {
  const progress = readProgress(pageStorage());
  for (const item of root.querySelectorAll<HTMLElement>("[data-lesson-item]")) {
    const state = lessonState(progress, item.dataset.lessonItem ?? "");
    const marker = item.querySelector<HTMLElement>("[data-lesson-progress]");
    if (!state || !marker) continue;
    marker.textContent = markerText[state];
    marker.dataset.state = state;
    marker.hidden = false;
  }
  const last = progress.last;
  const resume = root.querySelector<HTMLElement>("[data-continue]");
  const link = resume?.querySelector<HTMLAnchorElement>("a");
  if (!last || !resume || !link) return;
  link.href = last.href;
  link.querySelector("[data-continue-title]")!.textContent = last.title;
  link.querySelector("[data-continue-label]")!.textContent = last.label;
  resume.hidden = false;
}
