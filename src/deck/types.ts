import type { KeyGroup } from "./key-map";
import type { Position } from "./position";

/** Which side of the talk a window is. */
export type Role = "audience" | "presenter";

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
  /** Where the talk was before this change (index -1 before the first); equal to here for a blackout. */
  previous: Position;
  /** The screen is blacked out (B or .). */
  blackout: boolean;
  /** This change came from another window (sync), not from a person here. */
  remote: boolean;
}

/** One concern of the deck (keys, URL, scaling…): created by the core, handed the core, same small lifecycle. */
export interface Controller {
  /** Its keys: the core dispatches them from its one listener and lists them in the help overlay. */
  keys?: KeyGroup;
  /** Start listening (DOM events). */
  bind?(): void;
  /** The slide, step or blackout changed; bring what the next frame shows up to date. */
  update?(state: DeckState): void;
  /**
   * After the change is on screen: bookkeeping no frame waits for (the URL, links, what a screen
   * reader announces, the next-slide preview). Once per painted frame, with the latest change.
   */
  settle?(state: DeckState): void;
  /** Stop listening and let go of everything. */
  destroy?(): void;
}

/** Creates a controller for a deck. */
export type ControllerFactory = (deck: import("./core").Deck) => Controller;
