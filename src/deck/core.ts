import type { Controller, DeckState } from "./types";

type Listener = (state: DeckState) => void;

/** The deck: which slide shows, and the controllers that react to it. */
export class Deck {
  readonly root: HTMLElement;
  readonly slides: HTMLElement[];
  private index = -1;
  private readonly controllers: Controller[] = [];
  private readonly listeners = new Set<Listener>();

  constructor(root: HTMLElement) {
    this.root = root;
    this.slides = [...root.querySelectorAll<HTMLElement>("[data-canvas] > .slide")];
  }

  /** Creates each controller with the deck, binds it, and shows the first slide it asks for. */
  start(factories: ((deck: Deck) => Controller)[], initialIndex = 0): void {
    for (const create of factories) this.controllers.push(create(this));
    this.controllers.forEach((controller) => controller.bind?.());
    this.go(initialIndex);
  }

  get state(): DeckState {
    return { index: this.index, total: this.slides.length, slide: this.slides[this.index]! };
  }

  /** Shows slide `index` (clamped); controllers and listeners hear about it once. */
  go(index: number): void {
    const target = Math.min(Math.max(0, index), this.slides.length - 1);
    if (target === this.index) return;
    this.slides[this.index]?.removeAttribute("data-current");
    this.slides.forEach((slide, i) => (slide.inert = i !== target));
    this.index = target;
    this.slides[target]!.setAttribute("data-current", "");
    const state = this.state;
    this.controllers.forEach((controller) => controller.update?.(state));
    this.listeners.forEach((listener) => listener(state));
  }

  next(): void { this.go(this.index + 1); }
  previous(): void { this.go(this.index - 1); }
  first(): void { this.go(0); }
  last(): void { this.go(this.slides.length - 1); }

  /** Subscribes to slide changes; returns the unsubscribe. */
  onChange(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  destroy(): void {
    this.controllers.forEach((controller) => controller.destroy?.());
    this.listeners.clear();
  }
}
