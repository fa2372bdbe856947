/** What every controller sees of the deck. */
export interface DeckState {
  /** 0-based index of the slide on screen. */
  index: number;
  total: number;
  slide: HTMLElement;
}

/** One concern of the deck (keys, URL, scaling…): created by the core, handed the core, same small lifecycle. */
export interface Controller {
  /** Start listening (DOM events). */
  bind?(): void;
  /** The slide changed; bring this concern up to date. */
  update?(state: DeckState): void;
  /** Stop listening and let go of everything. */
  destroy?(): void;
}
