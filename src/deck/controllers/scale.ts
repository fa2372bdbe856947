import { whenIdle } from "../../lib/idle";
import type { Deck } from "../core";
import type { Controller } from "../types";

/** The slide's logical size: content is laid out once at this size and scaled, never reflowed. */
export const canvasSize = { width: 1280, height: 720 } as const;

/** Scale that fits the canvas inside a viewport, keeping 16:9. */
export function fitScale(viewportWidth: number, viewportHeight: number): number {
  return Math.min(viewportWidth / canvasSize.width, viewportHeight / canvasSize.height);
}

/** Shrinks a slide whose content (at the chosen font size) is taller than the canvas; returns the factor. */
export function fitSlide(slide: HTMLElement): number {
  // The factor is a transform, which leaves scrollHeight alone: measure without resetting it.
  // Rounded down: a slide may end a hair short of the canvas, never a hair past it.
  const fit = Math.min(1, Math.floor((canvasSize.height / Math.max(1, slide.scrollHeight)) * 1000) / 1000);
  if (slide.style.getPropertyValue("--fit") !== String(fit)) slide.style.setProperty("--fit", String(fit));
  return fit;
}

const laidOut = new WeakSet<HTMLElement>();

/**
 * Lays a hidden slide out ahead of time and fits it; hidden again in the same task, it keeps that
 * layout (see deck.css), so showing it needs none.
 */
export function warmSlide(slide: HTMLElement | undefined): void {
  if (!slide || laidOut.has(slide) || slide.hasAttribute("data-current")) return;
  laidOut.add(slide);
  slide.setAttribute("data-warm", "");
  fitSlide(slide);
  slide.removeAttribute("data-warm");
}

/**
 * Scales the canvas to the box it sits in (the window for the audience, a pane in the presenter
 * view), and refits the current slide whenever its content grows (output, a larger font).
 */
export function scaleController(deck: Deck): Controller {
  const canvas = deck.root.querySelector<HTMLElement>("[data-canvas]")!;
  const frame = canvas.parentElement ?? document.documentElement;
  const resize = () => canvas.style.setProperty("--deck-scale", String(fitScale(frame.clientWidth, frame.clientHeight)));
  const frameObserver = new ResizeObserver(resize);
  let current: HTMLElement | undefined;
  const slideObserver = new ResizeObserver(() => current && fitSlide(current));
  return {
    bind: () => {
      resize();
      frameObserver.observe(frame);
    },
    update: ({ slide }) => {
      slideObserver.disconnect();
      current = slide;
      // Fitted by the observer, which reports newly observed boxes once the frame's layout is done and
      // before it paints: the slide never shows unfitted, and the key press forces no layout of its
      // own. Later, output appearing under an example grows the slide: refit as it does.
      for (const child of slide.children) slideObserver.observe(child);
    },
    settle: ({ index }) => whenIdle(() => [index + 1, index - 1].forEach((neighbour) => warmSlide(deck.slides[neighbour]))),
    destroy: () => {
      frameObserver.disconnect();
      slideObserver.disconnect();
    },
  };
}
