import { TimelineModel } from "../timeline/model";
import type { RunSink } from "./run-session";

/** The timeline of an example's latest run, fed as the run goes (a timeline panel draws it). */
export class RunTimeline implements RunSink {
  model: TimelineModel | undefined;

  started(): void {
    this.model = new TimelineModel({ mode: "real" });
  }

  message(message: Parameters<TimelineModel["receive"]>[0]): void {
    this.model?.receive(message);
  }

  ended(end: { reason: string }, _run: unknown, realElapsed: number): void {
    // A stopped run ends where it was last seen; the real time shows a spinning loop as running.
    if (end.reason !== "done") this.model?.finish(this.model.end, realElapsed);
  }
}
