/** `<Step>` content inside a slide, in reading order: revealed one press at a time in the deck. */
export function stepsOf(slide: HTMLElement | undefined): HTMLElement[] {
  return slide ? [...slide.querySelectorAll<HTMLElement>("[data-step]")] : [];
}

/** Reveals the first `count` steps of a slide and hides the rest. */
export function showSteps(slide: HTMLElement, count: number): void {
  stepsOf(slide).forEach((step, i) => step.toggleAttribute("data-revealed", i < count));
}
