/**
 * What an example tells the rest of the page: how its runs go (for timelines, trace panels, a
 * mirror window) and what a person did to it (edits, runs, stops) that another window should repeat.
 */
import type { GuestMessage } from "../sandbox/protocol/messages";
import type { Example } from "./example";
import type { RunSink } from "./run-session";

/** A run's start (saying whether it records a trace), then every guest message, then "done". */
export type RunEvent = GuestMessage | { type: "start"; trace: boolean };
export type RunListener = (example: Example, event: RunEvent) => void;

/** What a person did to an example that another window showing it should repeat (presenter ↔ audience). */
export type ExampleIntent =
  | { type: "code"; code: string; editing: boolean }
  /** `mirrored`: the run repeats one from another window, so it is not sent back there. */
  | { type: "run"; mirrored: boolean }
  | { type: "stop" };
export type IntentListener = (example: Example, intent: ExampleIntent) => void;

/** A set of listeners; every `add` returns its unsubscribe. */
class Listeners<L extends (...args: never[]) => void> {
  private readonly listeners = new Set<L>();

  add(listener: L): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit(...args: Parameters<L>): void {
    this.listeners.forEach((listener) => listener(...args));
  }
}

/** The two buses of one example: its runs, and its intents. */
export class ExampleEvents {
  private readonly runs = new Listeners<RunListener>();
  private readonly intents = new Listeners<IntentListener>();

  constructor(private readonly example: Example) {}

  /** Subscribes to this example's runs; returns the unsubscribe. */
  onRun(listener: RunListener): () => void {
    return this.runs.add(listener);
  }

  /** Subscribes to edits, runs and stops, e.g. to mirror them in another window; returns the unsubscribe. */
  onIntent(listener: IntentListener): () => void {
    return this.intents.add(listener);
  }

  run(event: RunEvent): void {
    this.runs.emit(this.example, event);
  }

  intend(intent: ExampleIntent): void {
    this.intents.emit(this.example, intent);
  }

  /** A run sink that announces the run on both buses; `timelineEnd` is the logical time the run reached. */
  announcer(timelineEnd: () => number): RunSink {
    return {
      started: (run) => {
        this.run({ type: "start", trace: run.trace });
        this.intend({ type: "run", mirrored: run.mirrored });
      },
      message: (message) => this.run(message),
      stopping: () => this.intend({ type: "stop" }),
      ended: (_end, _run, realElapsed) => this.run({ type: "done", time: timelineEnd(), realTime: realElapsed }),
    };
  }
}
