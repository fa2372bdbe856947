/**
 * Brings exercises and predictions to life with little script on first paint: solved marks are
 * shown at once; everything else (and the checks, which load only on Check) waits for a press.
 */
import { once } from "../lib/once";
import { readSolved } from "./solved";
import { showSolved } from "./solved-mark";

const loadController = once(() => import("./controller"));

/** Alt+↑/↓ on a focused line of a prediction moves it. */
function moveKey(event: KeyboardEvent): -1 | 1 | undefined {
  if (!event.altKey || event.ctrlKey || event.metaKey) return undefined;
  return event.key === "ArrowUp" ? -1 : event.key === "ArrowDown" ? 1 : undefined;
}

export function enhanceExercises(root: Document): void {
  const sections = [...root.querySelectorAll<HTMLElement>("[data-exercise]")];
  const predicts = [...root.querySelectorAll<HTMLElement>("[data-predict]")];
  if (sections.length + predicts.length === 0) return;
  const solved = readSolved();
  for (const section of sections) showSolved(section, (section.dataset.exerciseId ?? "") in solved);

  root.addEventListener("click", (event) => {
    const target = event.target instanceof Element ? event.target : null;
    const action = target?.closest<HTMLElement>("[data-exercise-action]");
    if (action) return void loadController().then((module) => module.act(action));
    const move = target?.closest<HTMLElement>("[data-move]");
    const item = move?.closest<HTMLLIElement>("[data-predict] li");
    if (move && item) {
      const step = move.dataset.move === "up" ? -1 : 1;
      return void loadController().then((module) => module.predictFor(item.closest<HTMLElement>("[data-predict]")!).move(item, step, "button"));
    }
    // A prediction compares once its run is over: be listening before it starts.
    const predict = target?.closest<HTMLElement>("[data-predict]");
    if (predict && target?.closest('[data-action="run"], [data-action="trace"]')) void loadController().then((module) => module.predictFor(predict));
  });
  root.addEventListener("keydown", (event) => {
    const step = moveKey(event);
    const item = event.target instanceof HTMLLIElement ? event.target.closest<HTMLLIElement>("[data-predict] li") : null;
    if (!step || !item) return;
    event.preventDefault();
    void loadController().then((module) => module.predictFor(item.closest<HTMLElement>("[data-predict]")!).move(item, step, "item"));
  });
}
