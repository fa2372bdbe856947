/** The exercises' and predictions' behaviour, loaded on the first press of one of their buttons. */
import { exampleFor } from "../examples/controller";
import { ExerciseView } from "./exercise";
import { PredictView } from "./predict";

const exercises = new WeakMap<HTMLElement, ExerciseView>();
const predicts = new WeakMap<HTMLElement, PredictView>();

function exerciseFor(section: HTMLElement): ExerciseView {
  let view = exercises.get(section);
  if (!view) {
    const example = exampleFor(section.querySelector<HTMLElement>("[data-playground]")!);
    view = new ExerciseView(section, example);
    example.onIntent((_, intent) => intent.type === "code" && view!.renderDiff());
    exercises.set(section, view);
  }
  return view;
}

export function predictFor(section: HTMLElement): PredictView {
  let view = predicts.get(section);
  if (!view) {
    view = new PredictView(section, exampleFor(section.querySelector<HTMLElement>("[data-playground]")!));
    predicts.set(section, view);
  }
  return view;
}

/** Carries out an exercise button's action. */
export function act(button: HTMLElement): Promise<void> | void {
  const section = button.closest<HTMLElement>("[data-exercise]");
  if (!section) return;
  const view = exerciseFor(section);
  const action = button.dataset.exerciseAction;
  if (action === "check") return view.check();
  if (action === "hint") return view.nextHint(button);
  if (action === "solution") return view.toggleSolution(button);
}
