/** What every controller sees of the deck. */
export interface DeckState {
  /** 0-based index of the slide on screen. */
  index: number;
  total: number;
  slide: HTMLElement;
  /** Steps revealed on this slide (0 … steps). */
  step: number;
  /** Steps this slide has. */
  steps: number;
  /** The screen is blacked out (B or .). */
  blackout: boolean;
  /** This change came from another window (sync), not from a person here. */
  remote: boolean;
}

/** One concern of the deck (keys, URL, scaling…): created by the core, handed the core, same small lifecycle. */
export interface Controller {
  /** Start listening (DOM events). */
  bind?(): void;
  /** The slide, step or blackout changed; bring this concern up to date. */
  update?(state: DeckState): void;
  /** Stop listening and let go of everything. */
  destroy?(): void;
}

/** Creates a controller for a deck. */
export type ControllerFactory = (deck: import("./core").Deck) => Controller;
