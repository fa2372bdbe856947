/** The one door through which lessons get components: passed to every lesson's <Content />. */
import Notes from "./Notes.astro";
import Step from "./Step.astro";
import Compare from "./Compare.astro";
import Playground from "./Playground.astro";
import Exercise from "./Exercise.astro";
import Hint from "./Hint.astro";
import Predict from "./Predict.astro";

export const lessonComponents = { Notes, Step, Compare, Playground, Exercise, Hint, Predict };
