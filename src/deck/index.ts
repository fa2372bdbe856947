import { Deck } from "./core";
import { keyboardController } from "./controllers/keyboard";
import { locationController, slideIndexFromHash } from "./controllers/location";
import { scaleController } from "./controllers/scale";
import { progressController } from "./controllers/progress";
import { touchController } from "./controllers/touch";
import { fullscreenController } from "./controllers/fullscreen";
import { buttonsController } from "./controllers/buttons";

/** Starts the deck on the page, at the slide the URL names. */
export function startDeck(root: HTMLElement): Deck {
  const deck = new Deck(root);
  deck.start(
    [scaleController, keyboardController, locationController, progressController, touchController, fullscreenController, buttonsController],
    slideIndexFromHash(location.hash) ?? 0,
  );
  root.dataset.ready = "";
  return deck;
}
