import { Deck } from "./core";
import type { PlugIn } from "./api";
import type { KeyGroup } from "./key-map";
import { keyboardController } from "./controllers/keyboard";
import { locationController, positionFromHash } from "./controllers/location";
import { scaleController } from "./controllers/scale";
import { progressController } from "./controllers/progress";
import { touchController } from "./controllers/touch";
import { fullscreenController } from "./controllers/fullscreen";
import { buttonsController } from "./controllers/buttons";
import { stepsController } from "./controllers/steps";
import { syncController } from "./controllers/sync";
import { overviewController } from "./controllers/overview";
import { gotoController } from "./controllers/goto";
import { blackoutController } from "./controllers/blackout";
import { helpController } from "./controllers/help";
import { otherWindowController } from "./controllers/other-window";
import { projectorController, type ContrastSwitch } from "./controllers/projector";
import { stepRunController } from "./controllers/step-run";
import { printController } from "./controllers/print";
import { notesController } from "./controllers/notes";
import { nextPreviewController } from "./controllers/next-preview";
import { timerController } from "./controllers/timer";
import { startPrint, wantsPrint } from "./print";
import type { ControllerFactory } from "./types";

/** What the page gives a deck: features that live outside the engine, injected so the engine imports none of them. */
export interface StartOptions {
  /** Controllers of other features (the example mirror): created after the deck's own, same lifecycle. */
  plugIns?: PlugIn[];
  /** Keys of other features (the trace's [ and ]): dispatched by the deck's one listener, listed first in its help. */
  keys?: KeyGroup[];
  /** Switches the page's high-contrast theme for C and the contrast buttons; without it they do nothing. */
  contrast?: ContrastSwitch;
}

/** What both the audience deck and the presenter view do. Order matters for keys only where two bind one key: first bound, first asked. */
function shared({ plugIns = [], keys = [], contrast }: StartOptions): ControllerFactory[] {
  return [
    // A key group is a controller with keys only; these come first, as the help lists them first.
    ...keys.map((group) => () => ({ keys: group })),
    scaleController,
    stepsController,
    keyboardController,
    locationController,
    progressController,
    buttonsController,
    overviewController,
    gotoController,
    blackoutController,
    projectorController(contrast),
    otherWindowController,
    fullscreenController,
    helpController,
    stepRunController,
    syncController,
    ...plugIns,
  ];
}

function start(root: HTMLElement, factories: ControllerFactory[]): Deck {
  const deck = new Deck(root);
  deck.start(factories, positionFromHash(location.hash) ?? { index: 0, step: 0 });
  root.dataset.ready = "";
  return deck;
}

/** Starts the audience deck on the page, at the slide and step the URL names (or lays it out for print). */
export function startDeck(root: HTMLElement, options: StartOptions = {}): Deck | undefined {
  if (wantsPrint(location.search)) return void startPrint(root);
  return start(root, [...shared(options), touchController, printController]);
}

/** Starts the presenter view: the same deck, plus notes, the next-slide preview and the clocks. */
export function startPresenter(root: HTMLElement, options: StartOptions = {}): Deck {
  return start(root, [...shared(options), notesController, nextPreviewController, timerController]);
}
