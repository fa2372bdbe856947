import type { Example } from "./example";
import { renderTimeline } from "../timeline";
import { pacedFrames } from "../lib/paced-frames";

/** Logical ms a run must last (with one lane) before its timeline says anything. */
const minimumSpan = 100;

/** Redraws a timeline container from its examples' latest runs, at most once per animation frame (fewer when a drawing is slow). */
export class TimelinePanel {
  private readonly container: HTMLElement;
  private readonly examples: Example[];
  private readonly schedule = pacedFrames(() => this.draw());

  /** `labelOf` names each run on the axis (default: its side, or its title). */
  constructor(
    container: HTMLElement,
    examples: Example[],
    private readonly labelOf: (example: Example) => string = (example) => example.side ?? example.label,
  ) {
    this.container = container;
    this.examples = examples;
    for (const example of examples) example.onRun(() => this.schedule());
  }

  private draw(): void {
    const runs = this.examples.flatMap((example) => (example.timeline ? [{ label: this.labelOf(example), model: example.timeline }] : []));
    // A program that printed and ended at once has nothing to show over time.
    if (!runs.some(({ model }) => model.end >= minimumSpan || model.lanes.length > 1)) return;
    this.container.hidden = false;
    renderTimeline(this.container, runs);
  }
}
