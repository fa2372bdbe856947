import type { Example } from "./example";
import { RunSession, type RunRequest } from "./run-session";
import { TimelinePanel } from "./timeline-panel";

/** A <Compare>: two versions run side by side, started together, drawn on one time axis. */
export class CompareGroup {
  readonly examples: Example[];

  constructor(root: HTMLElement, examples: Example[]) {
    this.examples = examples;
    new TimelinePanel(root.querySelector<HTMLElement>("[data-compare-timeline]")!, examples);
  }

  /** Whether any side is starting or running. */
  get busy(): boolean {
    return this.examples.some((example) => example.runs.busy);
  }

  /** Starts every side at the same moment, unless one is already starting or running. */
  run(request: RunRequest, beforeStart?: () => void): Promise<void> {
    return RunSession.together(
      this.examples.map((example) => example.runs),
      request,
      beforeStart,
    );
  }

  /** Run both / Trace both: Stop every side while any is busy, else start them together. */
  toggle(request: RunRequest, beforeStart?: () => void): Promise<void> {
    if (!this.busy) return this.run(request, beforeStart);
    this.examples.forEach((example) => example.stop());
    return Promise.resolve();
  }
}
