import { lessonState, pageStorage, readProgress } from "./store";
import { pageLocale, t } from "../../lib/i18n";
import { solvedCount } from "../../practice/solved";

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
  for (const item of root.querySelectorAll<HTMLElement>("[data-lesson-item]")) showSolvedCount(item);
  const last = progress.last;
  const resume = root.querySelector<HTMLElement>("[data-continue]");
  const link = resume?.querySelector<HTMLAnchorElement>("a");
  if (!last || !resume || !link) return;
  link.href = last.href;
  link.querySelector("[data-continue-title]")!.textContent = last.title;
  link.querySelector("[data-continue-label]")!.textContent = last.label;
  resume.hidden = false;
}

/** "2 of 3 exercises solved" under a lesson whose exercises the reader has started on. */
function showSolvedCount(item: HTMLElement): void {
  const practice = item.querySelector<HTMLElement>("[data-lesson-practice]");
  if (!practice) return;
  const total = Number(practice.dataset.total ?? 0);
  const solved = Math.min(total, solvedCount(item.dataset.lessonItem ?? ""));
  practice.textContent = t(pageLocale(), "exercise.solvedCount", { solved, total });
  practice.dataset.solved = String(solved);
  if (solved === total) practice.dataset.state = "all";
}
