import type { Deck } from "../core";
import type { Controller } from "../types";

/** The slide's logical size: content is laid out once at this size and scaled, never reflowed. */
export const canvasSize = { width: 1280, height: 720 } as const;

/** Scale that fits the canvas inside a viewport, keeping 16:9. */
export function fitScale(viewportWidth: number, viewportHeight: number): number {
  return Math.min(viewportWidth / canvasSize.width, viewportHeight / canvasSize.height);
}

/** Scales the canvas to the window, and shrinks a slide whose content is taller than the canvas. */
export function scaleController(deck: Deck): Controller {
  const canvas = deck.root.querySelector<HTMLElement>("[data-canvas]")!;
  const resize = () => canvas.style.setProperty("--deck-scale", String(fitScale(window.innerWidth, window.innerHeight)));
  const fitSlide = (slide: HTMLElement) => {
    slide.style.setProperty("--fit", "1");
    const fit = Math.min(1, canvasSize.height / slide.scrollHeight);
    slide.style.setProperty("--fit", fit.toFixed(3));
  };
  const observer = new ResizeObserver(() => fitSlide(deck.state.slide));
  return {
    bind: () => {
      resize();
      window.addEventListener("resize", resize);
    },
    update: ({ slide }) => {
      observer.disconnect();
      fitSlide(slide);
      // Output appearing under an example grows the slide: refit as it does.
      for (const child of slide.children) observer.observe(child);
    },
    destroy: () => {
      window.removeEventListener("resize", resize);
      observer.disconnect();
    },
  };
}
