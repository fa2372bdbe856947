import { canvasSize, fitSlide } from "./controllers/scale";
import { showSteps, stepsOf } from "./steps";

/** Attributes that would make a copy act like the real slide (ids, example hooks, step state). */
const liveAttributes = ["id", "data-playground", "data-compare", "data-action", "data-canvas", "data-current", "data-notes"];

/**
 * A still copy of a slide, laid out on its own 1280×720 canvas and scaled into a box by the
 * `--thumb-scale` its container sets: for the overview grid and the presenter's next-slide preview.
 * `steps` says how many of its steps show ("all" for the overview).
 */
export function slideThumbnail(slide: HTMLElement, steps: number | "all"): HTMLElement {
  const copy = slide.cloneNode(true) as HTMLElement;
  copy.querySelectorAll(".notes, .interleave-editor, .pg-output, .pg-timeline, .compare-timeline, .trace, .compare-trace, .sandbox-frame").forEach((node) => node.remove());
  copy.querySelectorAll<HTMLElement>("[hidden]").forEach((node) => {
    if (node.matches("pre")) node.hidden = false; // the static code block Monaco stood in for
  });
  for (const node of [copy, ...copy.querySelectorAll<HTMLElement>("*")]) liveAttributes.forEach((name) => node.removeAttribute(name));
  copy.removeAttribute("style");
  copy.setAttribute("data-current", "");
  showSteps(copy, steps === "all" ? stepsOf(copy).length : steps);

  const canvas = document.createElement("div");
  canvas.className = "deck-canvas thumb-canvas";
  canvas.append(copy);
  const frame = document.createElement("div");
  frame.className = "thumb";
  frame.inert = true;
  frame.setAttribute("aria-hidden", "true");
  frame.append(canvas);
  return frame;
}

/** Fits each thumbnail's slide to its canvas; call once the thumbnails are laid out (visible). */
export function fitThumbnails(container: HTMLElement): void {
  for (const slide of container.querySelectorAll<HTMLElement>(".thumb-canvas > .slide")) fitSlide(slide);
}

/** Keeps `--thumb-scale` on a container equal to its thumbnails' width over the canvas width. */
export function scaleThumbnails(container: HTMLElement, sample: () => HTMLElement | null): () => void {
  const update = () => {
    const width = sample()?.clientWidth ?? 0;
    if (width > 0) container.style.setProperty("--thumb-scale", String(width / canvasSize.width));
  };
  const observer = new ResizeObserver(update);
  observer.observe(container);
  update();
  return () => observer.disconnect();
}
