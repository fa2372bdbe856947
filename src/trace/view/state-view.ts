/** The side panel at one step: frames running and suspended, and the two queues. */
import { formatDuration } from "../../timeline/format.ts";
import { el } from "./dom.ts";
import type { FrameSnapshot, Snapshot } from "./model.ts";
import { t, type Locale, type MessageKey } from "../../lib/i18n/index.ts";

type Say = (key: MessageKey, params?: Record<string, string | number>) => string;

export class StateView {
  readonly root: HTMLElement;
  private readonly frames: HTMLUListElement;
  private readonly microtasks: HTMLOListElement;
  private readonly timers: HTMLOListElement;

  private readonly say: Say;
  private readonly duration: (ms: number) => string;

  constructor(idPrefix: string, locale: Locale = "en") {
    const say: Say = (key, params) => t(locale, key, params);
    this.say = say;
    this.duration = (ms) => formatDuration(ms, locale);
    this.frames = el("ul", { "aria-labelledby": `${idPrefix}-frames` });
    this.microtasks = el("ol", { "aria-labelledby": `${idPrefix}-microtasks` });
    this.timers = el("ol", { "aria-labelledby": `${idPrefix}-timers` });
    this.root = el(
      "div",
      { class: "trace-state" },
      el("section", {}, el("h3", { id: `${idPrefix}-frames` }, say("trace.frames")), this.frames),
      el("section", {}, el("h3", { id: `${idPrefix}-microtasks` }, say("trace.microtasks")), this.microtasks),
      el("section", {}, el("h3", { id: `${idPrefix}-timers` }, say("trace.timers")), this.timers),
    );
  }

  show(snapshot: Snapshot): void {
    const say = this.say;
    fill(this.frames, [...snapshot.running.map((frame, index) => frameItem(frame, index > 0, say)), ...snapshot.suspended.map((frame) => frameItem(frame, false, say))], say("trace.noFrame"));
    fill(
      this.microtasks,
      snapshot.microtasks.map((frame) => el("li", {}, `${frame.frame.label} `, el("span", { class: "trace-where" }, frame.line ? say("trace.continuesAfterLine", { waits: frame.waits, line: frame.line }) : say("trace.continuesAfter", { waits: frame.waits })))),
      say("trace.empty"),
    );
    fill(
      this.timers,
      snapshot.timers.map((timer) =>
        el("li", {}, `#${timer.id} ${timer.api}(${timer.delay}) `, el("span", { class: "trace-where" }, timer.line ? say("trace.dueAtLine", { time: this.duration(timer.due), line: timer.line }) : say("trace.dueAt", { time: this.duration(timer.due) }))),
      ),
      say("trace.none"),
    );
  }
}

/** `calling`: running, but below the innermost frame: it waits for the call it made to return. */
function frameItem(frame: FrameSnapshot, calling: boolean, say: Say): HTMLLIElement {
  const where =
    frame.state === "running"
      ? calling
        ? say("trace.onStack")
        : frame.line
          ? say("trace.runningLine", { line: frame.line })
          : say("trace.running")
      : frame.state === "created"
        ? say("trace.created")
        : frame.line
          ? say("trace.suspendedLine", { waits: frame.waits, line: frame.line })
          : say("trace.suspended", { waits: frame.waits });
  return el("li", { class: `trace-frame-${frame.state}` }, `${frame.frame.label} `, el("span", { class: "trace-where" }, `— ${where}`));
}

function fill(list: HTMLElement, items: HTMLLIElement[], empty: string): void {
  list.replaceChildren(...(items.length > 0 ? items : [el("li", { class: "trace-empty" }, empty)]));
}
