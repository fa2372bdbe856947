/**
 * Each trace event in words, as the live region announces it and the text form lists it:
 * "countdown('B', 3) resumed by a timer after 1.00 s". The line goes in front when there is one.
 * The words are the page's (the model's locale); code — names, values, methods — stays code.
 */
import type { ResumeCause, TraceEvent } from "../../sandbox/protocol/trace-events.ts";
import { formatDuration } from "../../timeline/format.ts";
import { formatCount, t, type Locale, type MessageKey } from "../../lib/i18n/index.ts";
import type { FrameInfo, TraceModel } from "./model.ts";

export interface Described {
  line: number | null;
  text: string;
}

type Say = (key: MessageKey, params?: Record<string, string | number>) => string;

/** "line 7: countdown('B', 3) resumed by a timer after 1.00 s" */
export function withLine({ line, text }: Described, locale: Locale = "en"): string {
  return line ? t(locale, "event.line", { line, text }) : text;
}

export function describeEvent(event: TraceEvent, model: TraceModel, frame: FrameInfo | undefined): Described {
  const say: Say = (key, params) => t(model.locale, key, params);
  const duration = (ms: number) => formatDuration(ms, model.locale);
  const who = frame?.label ?? "";
  const sites = model.source.sites;
  switch (event.kind) {
    case "frame":
      if (frame?.fn.kind === "module") return { line: null, text: say("event.topLevelStarts") };
      if (frame?.fn.kind === "async") return { line: frame.fn.line || null, text: say("event.asyncCalled", { who, by: parentText(model, event.parent, say) }) };
      return { line: frame?.fn.line || null, text: say("event.generatorCreated", { who }) };
    case "start":
      return { line: frame?.fn.line || null, text: say("event.starts", { call: callText(model, event.cause, say), who }) };
    case "suspend": {
      const site = sites[event.site];
      const line = site?.line || null;
      const value = event.value;
      switch (site?.kind) {
        case "yield":
          return { line, text: say("event.pausedYield", { who, value }) };
        case "yield*":
          return { line, text: say("event.pausedDelegate", { who, value }) };
        case "for-await":
          return { line, text: say("event.pausedForAwait", { who }) };
        default:
          return { line, text: say("event.pausedAwait", { who, value }) };
      }
    }
    case "resume": {
      const line = sites[event.site]?.line || null;
      const paused = model.pausedStep(event.frame);
      const after = paused ? say("event.after", { time: duration(event.time - paused.event.time) }) : "";
      return { line, text: resumeText(model, event, who, after, say) };
    }
    case "return":
      return { line: frame?.fn.line || null, text: say("event.returned", { who, value: event.value }) };
    case "throw":
      return { line: frame?.fn.line || null, text: say("event.threw", { who, value: event.value }) };
    case "log": {
      const printer = event.frame === undefined ? say("event.aCallback") : model.frameLabel(event.frame);
      return { line: model.lineOf(event.at), text: say("event.printed", { who: printer, text: event.text }) };
    }
    case "timer-set":
      return { line: model.lineOf(event.at), text: say("event.timerSet", { call: `${event.api}(${event.delay})`, timer: event.timer, due: duration(event.due) }) };
    case "timer-fire": {
      const timer = model.timers.get(event.timer);
      const set = timer?.line ? say("event.timerFrom", { api: timer.api, line: timer.line }) : timer ? ` (${timer.api})` : "";
      return { line: timer?.line ?? null, text: say("event.timerFired", { timer: event.timer, set }) };
    }
    case "timer-clear":
      return { line: null, text: say("event.timerCleared", { timer: event.timer }) };
    case "task":
      return { line: null, text: say(event.end ? "event.taskEnded" : "event.taskStarted", { name: event.name }) };
    case "truncated":
      return { line: null, text: say("event.truncated", { limit: formatCount(model.locale, event.limit) }) };
  }
}

function parentText(model: TraceModel, parent: number | undefined, say: Say): string {
  return parent === undefined ? "" : say("event.by", { parent: model.frameLabel(parent) });
}

/** "next(2) from line 12", "next() from line 16 (forwarded by yield* in middle(), top())" */
function callText(model: TraceModel, cause: ResumeCause, say: Say, value?: string): string {
  if (cause.kind !== "call") return causeText(cause, say);
  const argument = value === undefined || value === "undefined" ? "" : value;
  const from = cause.at ? say("event.fromLine", { line: model.lineOf(cause.at) ?? "?" }) : "";
  const via = cause.via?.length ? say("event.forwardedBy", { frames: cause.via.map((id) => model.frameLabel(id)).join(", ") }) : "";
  return `${cause.method}(${argument})${from}${via}`;
}

function causeText(cause: ResumeCause, say: Say): string {
  switch (cause.kind) {
    case "timer":
      return say("event.cause.timer");
    case "microtask":
      return say("event.cause.microtask");
    case "delegate":
      return say("event.cause.delegate");
    case "call":
      return say("event.cause.call", { method: cause.method });
  }
}

function resumeText(model: TraceModel, event: Extract<TraceEvent, { kind: "resume" }>, who: string, after: string, say: Say): string {
  const { cause, how, value } = event;
  if (cause.kind === "call") {
    const call = callText(model, cause, say, value);
    if (how === "throw") return say("event.resumedThrow", { who, call, value });
    if (how === "return") return say("event.resumedReturn", { who, call });
    return value === "undefined" ? say("event.resumedNothing", { who, call }) : say("event.resumedWith", { who, call, value });
  }
  if (cause.kind === "delegate") {
    if (how === "throw") return say("event.delegateThrew", { who, value });
    if (how === "return") return say("event.delegateReturn", { who });
    return say("event.delegateFinished", { who, value });
  }
  const by = say("event.resumedBy", { who, cause: causeText(cause, say), after });
  if (how === "done") return say("event.loopOver", { by });
  if (how === "throw") return say("event.awaitFailed", { by, value });
  return value === "undefined" ? by : say("event.resumedByWith", { by, value });
}
