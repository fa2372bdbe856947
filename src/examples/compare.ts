import { takeSandbox } from "../sandbox/host/pool";
import type { Example } from "./example";
import { TimelinePanel } from "../timeline/panel";

/** A <Compare>: two versions run side by side, started together, drawn on one time axis. */
export class CompareGroup {
  readonly examples: Example[];

  constructor(root: HTMLElement, examples: Example[]) {
    this.examples = examples;
    new TimelinePanel(root.querySelector<HTMLElement>("[data-compare-timeline]")!, examples);
  }

  /** Starts every side at the same moment: compile/fetch all first, then post all runs in one turn. */
  async runBoth(): Promise<void> {
    if (this.examples.some((example) => example.running)) {
      this.examples.forEach((example) => example.stop());
      return;
    }
    const sources = await Promise.all(this.examples.map((example) => example.prepare()));
    if (sources.some((source) => source === undefined)) return;
    const sandboxes = this.examples.map(() => takeSandbox());
    await Promise.all(sandboxes.map((sandbox) => sandbox.whenReady()));
    await Promise.all(this.examples.map((example, i) => example.start(sources[i]!, sandboxes[i]!)));
  }
}
