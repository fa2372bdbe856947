/** The side panel at one step: frames running and suspended, and the two queues. */
import { formatDuration } from "../../timeline/format.ts";
import { el } from "./dom.ts";
import type { FrameSnapshot, Snapshot } from "./model.ts";

export class StateView {
  readonly root: HTMLElement;
  private readonly frames: HTMLUListElement;
  private readonly microtasks: HTMLOListElement;
  private readonly timers: HTMLOListElement;

  constructor(idPrefix: string) {
    this.frames = el("ul", { "aria-labelledby": `${idPrefix}-frames` });
    this.microtasks = el("ol", { "aria-labelledby": `${idPrefix}-microtasks` });
    this.timers = el("ol", { "aria-labelledby": `${idPrefix}-timers` });
    this.root = el(
      "div",
      { class: "trace-state" },
      el("section", {}, el("h3", { id: `${idPrefix}-frames` }, "Frames"), this.frames),
      el("section", {}, el("h3", { id: `${idPrefix}-microtasks` }, "Microtasks (promise reactions)"), this.microtasks),
      el("section", {}, el("h3", { id: `${idPrefix}-timers` }, "Timers (macrotasks)"), this.timers),
    );
  }

  show(snapshot: Snapshot): void {
    fill(this.frames, [...snapshot.running.map((frame, index) => frameItem(frame, index > 0)), ...snapshot.suspended.map((frame) => frameItem(frame, false))], "no frame is alive");
    fill(
      this.microtasks,
      snapshot.microtasks.map((frame) => el("li", {}, `${frame.frame.label} `, el("span", { class: "trace-where" }, `continues after ${frame.waits}${frame.line ? ` (line ${frame.line})` : ""}`))),
      "empty",
    );
    fill(
      this.timers,
      snapshot.timers.map((timer) =>
        el("li", {}, `#${timer.id} ${timer.api}(${timer.delay}) `, el("span", { class: "trace-where" }, `due at ${formatDuration(timer.due)}${timer.line ? `, set on line ${timer.line}` : ""}`)),
      ),
      "none",
    );
  }
}

/** `calling`: running, but below the innermost frame: it waits for the call it made to return. */
function frameItem(frame: FrameSnapshot, calling: boolean): HTMLLIElement {
  const where =
    frame.state === "running"
      ? calling
        ? "on the stack, waiting for the call it made"
        : `running${frame.line ? `, line ${frame.line}` : ""}`
      : frame.state === "created"
        ? "created, not started"
        : `suspended at ${frame.waits}${frame.line ? `, line ${frame.line}` : ""}`;
  return el("li", { class: `trace-frame-${frame.state}` }, `${frame.frame.label} `, el("span", { class: "trace-where" }, `— ${where}`));
}

function fill(list: HTMLElement, items: HTMLLIElement[], empty: string): void {
  list.replaceChildren(...(items.length > 0 ? items : [el("li", { class: "trace-empty" }, empty)]));
}
