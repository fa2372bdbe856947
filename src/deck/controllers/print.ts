import type { Deck } from "../core";
import { enterPrintMode } from "../print";
import { showSteps } from "../steps";
import { fitSlide } from "./scale";
import type { Controller } from "../types";

/** The browser's own Print (Ctrl+P) on a deck prints every slide, one per page, like `npm run pdf`. */
export function printController(deck: Deck): Controller {
  let undo: (() => void) | undefined;
  const before = () => {
    undo ??= enterPrintMode(deck.root);
  };
  const after = () => {
    undo?.();
    undo = undefined;
    const { slide, step } = deck.state;
    showSteps(slide, step);
    fitSlide(slide);
  };
  return {
    bind: () => {
      addEventListener("beforeprint", before);
      addEventListener("afterprint", after);
    },
    destroy: () => {
      removeEventListener("beforeprint", before);
      removeEventListener("afterprint", after);
    },
  };
}
