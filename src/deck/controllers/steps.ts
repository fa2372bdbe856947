import type { Deck } from "../core";
import { showSteps } from "../steps";
import type { Controller } from "../types";

/** Shows as many `<Step>`s of the current slide as the position says. */
export function stepsController(deck: Deck): Controller {
  deck.root.dataset.steps = "";
  return {
    update: ({ slide, step }) => showSteps(slide, step),
  };
}
