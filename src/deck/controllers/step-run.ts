import type { Deck } from "../core";
import { stepsOf } from "../steps";
import type { Controller } from "../types";

/**
 * `<Step run>` makes an example's output a step: the press that reveals it runs the example(s)
 * inside (Run both for a <Compare>). Only a press in this window runs it; the other window of the
 * talk repeats the run through the example mirror, not by revealing the step itself.
 */
export function stepRunController(_deck: Deck): Controller {
  return {
    update: ({ index, step, slide, remote, previous }) => {
      const pressedForward = !remote && index === previous.index && step === previous.step + 1;
      const revealed = pressedForward ? stepsOf(slide)[step - 1] : undefined;
      if (!revealed?.hasAttribute("data-step-run")) return;
      // A group (a <Compare>) or a lone example; anything already running is left alone.
      const groups = [
        ...revealed.querySelectorAll<HTMLElement>("[data-compare]"),
        ...[...revealed.querySelectorAll<HTMLElement>("[data-playground]")].filter((figure) => !figure.closest("[data-compare]")),
      ];
      for (const group of groups) {
        const button = group.querySelector<HTMLButtonElement>('[data-action="run-both"], [data-action="run"]');
        if (button && !group.matches("[data-running]") && !group.querySelector("[data-running]")) button.click();
      }
    },
  };
}
