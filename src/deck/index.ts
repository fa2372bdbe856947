import { Deck } from "./core";
import { keyboardController } from "./controllers/keyboard";
import { locationController, positionFromHash } from "./controllers/location";
import { scaleController } from "./controllers/scale";
import { progressController } from "./controllers/progress";
import { touchController } from "./controllers/touch";
import { fullscreenController } from "./controllers/fullscreen";
import { buttonsController } from "./controllers/buttons";
import { stepsController } from "./controllers/steps";
import { syncController } from "./controllers/sync";
import { mirrorController } from "../examples/mirror";
import { overviewController } from "./controllers/overview";
import { gotoController } from "./controllers/goto";
import { blackoutController } from "./controllers/blackout";
import { helpController } from "./controllers/help";
import { otherWindowController } from "./controllers/other-window";
import { projectorController } from "./controllers/projector";
import { stepRunController } from "./controllers/step-run";
import { printController } from "./controllers/print";
import { notesController } from "./controllers/notes";
import { nextPreviewController } from "./controllers/next-preview";
import { timerController } from "./controllers/timer";
import { startPrint, wantsPrint } from "./print";
import type { ControllerFactory } from "./types";
import { registerKeys } from "./keys";
import { TRACE_KEY_BINDINGS } from "../trace/keys";

/** What both the audience deck and the presenter view do. Order matters only for keys: first bound, first asked. */
const shared: ControllerFactory[] = [
  scaleController,
  stepsController,
  keyboardController,
  locationController,
  progressController,
  buttonsController,
  overviewController,
  gotoController,
  blackoutController,
  projectorController,
  otherWindowController,
  fullscreenController,
  helpController,
  stepRunController,
  syncController,
  mirrorController,
];

function start(root: HTMLElement, factories: ControllerFactory[]): Deck {
  const deck = new Deck(root);
  // The trace loads only when pressed, but its step keys belong in the help overlay from the start.
  registerKeys("Trace", TRACE_KEY_BINDINGS);
  deck.start(factories, positionFromHash(location.hash) ?? { index: 0, step: 0 });
  root.dataset.ready = "";
  return deck;
}

/** Starts the audience deck on the page, at the slide and step the URL names (or lays it out for print). */
export function startDeck(root: HTMLElement): Deck | undefined {
  if (wantsPrint(location.search)) return void startPrint(root);
  return start(root, [...shared, touchController, printController]);
}

/** Starts the presenter view: the same deck, plus notes, the next-slide preview and the clocks. */
export function startPresenter(root: HTMLElement): Deck {
  return start(root, [...shared, notesController, nextPreviewController, timerController]);
}
