import { advance, clampPosition, retreat, samePosition, type Position } from "./position";
import { KeyMap } from "./key-map";
import { stepsOf } from "./steps";
import { afterPaint } from "./later";
import type { Controller, ControllerFactory, DeckState, Role } from "./types";

type Listener = (state: DeckState) => void;

/** Says whether a change came from another window, so it is not sent back there. */
export interface ChangeOptions {
  remote?: boolean;
}

/** The deck: which slide and step show, whether the screen is black, and the controllers that react. */
export class Deck {
  readonly root: HTMLElement;
  readonly slides: HTMLElement[];
  readonly role: Role;
  /** Every key binding of this deck, dispatched from one document listener. */
  readonly keys = new KeyMap();
  private position: Position = { index: -1, step: 0 };
  private before: Position = { index: -1, step: 0 };
  private blackedOut = false;
  private remote = false;
  private readonly controllers: Controller[] = [];
  private readonly listeners = new Set<Listener>();
  private stopListening = () => {};
  /** The change the controllers' `settle` hears once the frame showing it is painted. */
  private settling: DeckState | undefined;
  private readonly settleAfterPaint = afterPaint(() => {
    const state = this.settling;
    this.settling = undefined;
    if (state) this.controllers.forEach((controller) => controller.settle?.(state));
  });
  /** Steps per slide, counted on first need: a slide's steps are fixed at build time, and a press asks several times. */
  private readonly stepCounts: (number | undefined)[] = [];
  private readonly stepCount = (index: number) => (this.stepCounts[index] ??= stepsOf(this.slides[index]).length);

  constructor(root: HTMLElement) {
    this.root = root;
    this.slides = [...root.querySelectorAll<HTMLElement>("[data-canvas] > .slide")];
    this.role = root.hasAttribute("data-presenter") ? "presenter" : "audience";
  }

  /** Creates each controller with the deck, takes its keys, binds it, and shows the position it asks for. */
  start(factories: ControllerFactory[], initial: Position = { index: 0, step: 0 }): void {
    for (const create of factories) this.controllers.push(create(this));
    this.controllers.forEach((controller) => controller.keys && this.keys.add(controller.keys));
    this.stopListening = this.keys.listen(document);
    this.controllers.forEach((controller) => controller.bind?.());
    this.go(initial.index, initial.step);
  }

  get state(): DeckState {
    const { index, step } = this.position;
    return {
      index,
      step,
      steps: this.stepCount(index),
      previous: this.before,
      total: this.slides.length,
      slide: this.slides[index]!,
      blackout: this.blackedOut,
      remote: this.remote,
    };
  }

  /** Shows slide `index` with `step` steps revealed (both clamped); controllers and listeners hear once. */
  go(index: number, step = 0, options: ChangeOptions = {}): void {
    const target = clampPosition({ index, step }, this.slides.length, this.stepCount);
    if (samePosition(target, this.position)) return;
    if (target.index !== this.position.index) {
      // Only the two slides that change are touched, and only by an attribute the CSS turns into
      // visibility (which also takes hidden slides out of focus and the accessibility tree): a
      // change must fit in one frame, and toggling `inert` would restyle every element of both.
      this.slides[this.position.index]?.removeAttribute("data-current");
      this.slides[target.index]!.setAttribute("data-current", "");
    }
    this.before = this.position;
    this.position = target;
    this.notify(options);
  }

  /** Next step, or the next slide when this one has no hidden step left. */
  next(): void { this.goTo(advance(this.position, this.slides.length, this.stepCount)); }
  /** Hides the last step, or returns to the previous slide fully revealed. */
  previous(): void { this.goTo(retreat(this.position, this.slides.length, this.stepCount)); }
  /** The next slide, skipping any hidden steps here. */
  nextSlide(): void { this.go(this.position.index + 1, 0); }
  /** The previous slide as it was left, skipping the steps here. */
  previousSlide(): void { this.go(this.position.index - 1, this.stepCount(this.position.index - 1)); }
  first(): void { this.go(0); }
  last(): void { this.go(this.slides.length - 1); }

  /** Blacks the screen out, or brings the slide back. */
  setBlackout(on: boolean, options: ChangeOptions = {}): void {
    if (on === this.blackedOut) return;
    this.blackedOut = on;
    this.before = this.position;
    this.notify(options);
  }

  /** Subscribes to slide, step and blackout changes; returns the unsubscribe. */
  onChange(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  destroy(): void {
    this.settling = undefined;
    this.stopListening();
    this.controllers.forEach((controller) => controller.destroy?.());
    this.listeners.clear();
  }

  private goTo(position: Position): void {
    this.go(position.index, position.step);
  }

  private notify({ remote = false }: ChangeOptions): void {
    this.remote = remote;
    const state = this.state;
    this.controllers.forEach((controller) => controller.update?.(state));
    this.listeners.forEach((listener) => listener(state));
    this.remote = false;
    this.settling = state;
    this.settleAfterPaint();
  }
}
