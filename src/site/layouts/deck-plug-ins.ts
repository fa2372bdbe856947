/**
 * What the page hands the deck engine, which imports none of it: the example mirror, the trace's
 * step keys and projector mode's contrast switch. Shared by the audience deck and the presenter view.
 */
import type { StartOptions } from "../../deck";
import { enhancePlaygrounds } from "../../examples/enhance";
import { enhanceExercises } from "../../practice/enhance";
import { mirrorController } from "../../examples/mirror";
import { stepKeyGroup } from "../../trace/key-listener";
import { highContrastSwitch } from "../theme/contrast";

export function deckPlugIns(): StartOptions {
  return { plugIns: [mirrorController], keys: [stepKeyGroup()], contrast: highContrastSwitch() };
}

/** Brings a deck page (audience or presenter) to life with `start`, its examples first. */
export function startDeckPage(start: (root: HTMLElement, options: StartOptions) => unknown): void {
  // Before the deck rewrites the fragment to "#N", so a shared example's code is read first.
  enhancePlaygrounds(document);
  enhanceExercises(document);
  const root = document.querySelector<HTMLElement>("[data-deck]");
  if (root) start(root, deckPlugIns());
}
