/**
 * The trace panel of one example: a step control (First, Back, Forward, Last and a scrubber), the
 * current event in words (a polite live region), the frames' lanes with a cursor, the frames and
 * the two queues at that step, and the trace as text. Stepping highlights the event's line in the
 * code (the static block, or the editor's line highlight).
 */
import type { Example } from "../../examples/example.ts";
import type { TimelineRun } from "../../timeline/types.ts";
import { renderTimeline } from "../../timeline/view.ts";
import type { RunEvent } from "../../examples/events.ts";
import { decodeTraceBatch } from "../../sandbox/protocol/trace-codec.ts";
import { withLine } from "./describe.ts";
import { formatCount, pageLocale, t, type Locale, type MessageKey } from "../../lib/i18n/index.ts";
import { el } from "./dom.ts";
import { TraceLanes } from "./lanes.ts";
import { lineResolver } from "./line-of.ts";
import { TraceModel } from "./model.ts";
import type { StepCommand } from "../keys.ts";
import type { InstrumentedModule } from "../instrument/sites.ts";
import { StateView } from "./state-view.ts";
import { addTraceStyles } from "./styles.ts";
import { TextList } from "./text-list.ts";

let nextId = 0;

export class TraceView {
  readonly panel: HTMLElement;
  private readonly buttons: Record<StepCommand, HTMLButtonElement>;
  private readonly scrubber: HTMLInputElement;
  private readonly position: HTMLElement;
  private readonly now: HTMLElement;
  private readonly lanesBox: HTMLElement;
  private readonly state: StateView;
  private readonly text: TextList;
  private readonly notice: HTMLElement;
  private model: TraceModel | undefined;
  private lanes: TraceLanes | undefined;
  private timeLanes: TraceLanes | undefined;
  private readonly changeListeners = new Set<() => void>();
  private step = 0;
  private finished = false;
  private frame = 0;
  /** Instrumented code waiting for its run: a run that starts traced records against it. */
  private loaded: InstrumentedModule | undefined;
  private active = false;
  private readonly locale: Locale;

  constructor(readonly example: Example) {
    addTraceStyles();
    const locale = (this.locale = pageLocale(example.figure.ownerDocument));
    const say = (key: MessageKey, params?: Record<string, string | number>) => t(locale, key, params);
    const id = `trace${(nextId += 1)}`;
    const button = (command: StepCommand, text: string, label: string) =>
      el("button", { type: "button", class: "button", "data-step": command, "aria-label": label, title: label }, text);
    this.buttons = {
      first: button("first", say("trace.first"), say("trace.firstLabel")),
      back: button("back", say("trace.back"), say("trace.backLabel")),
      forward: button("forward", say("trace.forward"), say("trace.forwardLabel")),
      last: button("last", say("trace.last"), say("trace.lastLabel")),
    };
    this.scrubber = el("input", { type: "range", min: "0", max: "0", value: "0", step: "1" });
    this.position = el("output", { class: "trace-position" });
    this.now = el("p", { class: "trace-now", "aria-live": "polite", "aria-atomic": "true" });
    this.lanesBox = el("div", { class: "trace-lanes" });
    this.state = new StateView(id, locale);
    this.text = new TextList(locale);
    this.notice = el("p", { class: "trace-notice", role: "status" });
    const side = example.side ? ` (${example.side})` : "";
    this.panel = el(
      "section",
      { class: "trace", "data-trace-panel": "", "aria-label": say("trace.of", { label: example.label, side }), hidden: "" },
      el(
        "div",
        { class: "trace-bar" },
        el("div", { class: "trace-steps", role: "group", "aria-label": say("trace.stepThrough", { side }) }, ...Object.values(this.buttons)),
        el("label", { class: "trace-scrub" }, el("span", {}, say("trace.step")), this.scrubber),
        this.position,
      ),
      this.now,
      el("div", { class: "trace-main" }, el("div", {}, this.lanesBox, legend(locale)), this.state.root),
      this.notice,
      this.text.root,
    );
    for (const [command, element] of Object.entries(this.buttons)) element.addEventListener("click", () => this.command(command as StepCommand));
    this.scrubber.addEventListener("input", () => this.go(Number(this.scrubber.value)));
    const figure = example.figure;
    const after = figure.querySelector("[data-output]") ?? figure.querySelector("[data-code-view]");
    after?.after(this.panel);
    example.onRun((_, message) => this.hear(message));
  }

  /** `module` is the code the example's next traced run will run. */
  load(module: InstrumentedModule): void {
    this.loaded = module;
  }

  /** A traced run of `module` has started. */
  private begin(module: InstrumentedModule): void {
    this.model = new TraceModel({ sites: module.sites, functions: module.functions, lineOf: lineResolver(module.map) }, this.locale);
    this.lanes = this.timeLanes = undefined;
    this.step = 0;
    this.finished = false;
    this.active = true;
    // For tests and the bench: which recording this is, and how many steps it has so far.
    this.panel.dataset.run = String(Number(this.panel.dataset.run ?? 0) + 1);
    this.text.reset(this.model);
    this.setNotice(t(this.locale, "trace.recording"));
    this.show(true);
    this.render();
  }

  /** Shows a reason the trace could not run (the plain Run still can). */
  fail(message: string): void {
    this.show(true);
    this.setNotice(message, "error");
  }

  command(command: StepCommand): void {
    const last = Math.max(0, (this.model?.length ?? 1) - 1);
    const target = command === "first" ? 0 : command === "last" ? last : command === "back" ? this.step - 1 : this.step + 1;
    this.go(target);
  }

  go(step: number): void {
    const last = Math.max(0, (this.model?.length ?? 1) - 1);
    this.step = Math.min(Math.max(0, Math.round(step)), last);
    this.render();
  }

  /** Hears every redraw (a new step, new events); returns the unsubscribe. */
  onChange(listener: () => void): () => void {
    this.changeListeners.add(listener);
    return () => this.changeListeners.delete(listener);
  }

  /** The trace on a time axis with the cursor at the current step (to draw beside another run's). */
  timeRun(): TimelineRun | undefined {
    if (!this.model || this.model.length === 0) return undefined;
    this.timeLanes ??= new TraceLanes(this.model, "time");
    return this.timeLanes.run(this.step, this.finished);
  }

  /** Whether the panel is on screen with a trace to step through. */
  get ready(): boolean {
    return !this.panel.hidden && (this.model?.length ?? 0) > 0;
  }

  private hear(message: RunEvent): void {
    if (message.type === "start") {
      // The run says whether it is traced: a plain Run hides the panel.
      const module = message.trace ? this.loaded : undefined;
      this.loaded = undefined;
      this.active = false;
      if (module) this.begin(module);
      else this.show(false);
      return;
    }
    if (!this.active || !this.model) return;
    if (message.type === "trace") {
      this.model.add(decodeTraceBatch(message.batch));
      this.lanes = this.timeLanes = undefined;
      this.schedule();
    } else if (message.type === "done") {
      this.active = false;
      this.finished = true;
      this.lanes = this.timeLanes = undefined;
      const steps = formatCount(this.locale, this.model.length);
      if (this.model.truncated) this.setNotice(t(this.locale, "trace.truncatedNotice", { steps }), "warn");
      else this.setNotice(t(this.locale, "trace.recorded", { steps }));
      this.schedule();
    }
  }

  private show(visible: boolean): void {
    this.panel.hidden = !visible;
    this.example.figure.toggleAttribute("data-traced", visible);
    if (!visible) this.example.showTraceLine(null);
  }

  private setNotice(text: string, kind?: "warn" | "error"): void {
    this.notice.textContent = text;
    if (kind) this.notice.dataset.kind = kind;
    else delete this.notice.dataset.kind;
  }

  /** Streaming batches redraw at most once per animation frame. */
  private schedule(): void {
    this.frame ||= requestAnimationFrame(() => {
      this.frame = 0;
      this.render();
    });
  }

  private render(): void {
    const model = this.model;
    if (!model) return;
    const total = model.length;
    const current = model.steps[this.step];
    this.panel.dataset.steps = String(total);
    const last = Math.max(0, total - 1);
    this.scrubber.max = String(last);
    this.scrubber.value = String(this.step);
    this.scrubber.disabled = total <= 1;
    this.buttons.first.disabled = this.buttons.back.disabled = this.step <= 0;
    this.buttons.forward.disabled = this.buttons.last.disabled = this.step >= last;
    const sentence = current ? withLine(current, this.locale) : t(this.locale, "trace.waitingFirst");
    const n = this.step + 1;
    this.scrubber.setAttribute("aria-valuetext", current ? t(this.locale, "trace.stepOfSentence", { n, total, sentence }) : sentence);
    this.position.textContent = current ? t(this.locale, "trace.stepOf", { n, total }) : "";
    if (this.now.textContent !== sentence) this.now.textContent = sentence;
    this.example.showTraceLine(current?.line ?? null);
    scrollLineIntoView(this.example.figure);
    this.state.show(model.snapshot(this.step));
    this.text.show(this.step);
    if (total > 0) {
      this.lanes ??= new TraceLanes(model, "steps");
      renderTimeline(this.lanesBox, [{ label: "", model: this.lanes.run(this.step, this.finished) }], this.lanes.stepAxis());
    }
    this.changeListeners.forEach((listener) => listener());
  }
}

function legend(locale: Locale): HTMLElement {
  const key = (kind: string, text: string) => el("span", {}, el("span", { class: `trace-key trace-key-${kind}`, "aria-hidden": "true" }), text);
  return el("p", { class: "trace-legend", "aria-hidden": "true" }, key("pause", t(locale, "trace.paused")), key("resume", t(locale, "trace.resumed")), key("cursor", t(locale, "trace.thisStep")));
}

/** Keeps the highlighted line visible inside the code block's own scroll box, never scrolling the page. */
function scrollLineIntoView(figure: HTMLElement): void {
  const line = figure.querySelector<HTMLElement>('.pg-code .line[data-marked="current"]');
  const box = line?.closest<HTMLElement>("pre");
  if (!line || !box || box.scrollHeight <= box.clientHeight) return;
  const top = line.offsetTop - box.offsetTop;
  if (top < box.scrollTop || top + line.offsetHeight > box.scrollTop + box.clientHeight) box.scrollTop = Math.max(0, top - box.clientHeight / 3);
}
