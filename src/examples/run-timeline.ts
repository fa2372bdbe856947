import type { GuestMessage } from "../sandbox/protocol/messages";
import type { RunEnd } from "../sandbox/host/sandbox";
import { TimelineModel } from "../timeline/model";
import type { RunSink, StartedRun } from "./run-session";

/** The timeline of an example's latest run, fed as the run goes (a timeline panel draws it). */
export class RunTimeline implements RunSink {
  model: TimelineModel | undefined;

  started(): void {
    this.model = new TimelineModel({ mode: "paced" });
  }

  message(message: GuestMessage): void {
    this.model?.receive(message);
  }

  ended(end: RunEnd, _run: StartedRun, realElapsed: number): void {
    // A stopped run ends where it was last seen; the real time shows a spinning loop as running.
    if (end.reason !== "done") this.model?.finish(this.model.end, realElapsed);
  }
}
