/**
 * Each trace event in words, as the live region announces it and the text form lists it:
 * "countdown('B', 3) resumed by a timer after 1.00 s". The line goes in front when there is one.
 */
import type { ResumeCause, TraceEvent } from "../../sandbox/protocol/trace-events.ts";
import { formatDuration } from "../../timeline/format.ts";
import type { FrameInfo, TraceModel } from "./model.ts";

export interface Described {
  line: number | null;
  text: string;
}

/** "line 7: countdown('B', 3) resumed by a timer after 1.00 s" */
export function withLine({ line, text }: Described): string {
  return line ? `line ${line}: ${text}` : text;
}

export function describeEvent(event: TraceEvent, model: TraceModel, frame: FrameInfo | undefined): Described {
  const who = frame?.label ?? "";
  const sites = model.source.sites;
  switch (event.kind) {
    case "frame":
      if (frame?.fn.kind === "module") return { line: null, text: "the top level starts" };
      if (frame?.fn.kind === "async") return { line: frame.fn.line || null, text: `${who} is called${parentText(model, event.parent)} and starts running` };
      return { line: frame?.fn.line || null, text: `calling ${who} creates a generator object; its body waits for the first next()` };
    case "start":
      return { line: frame?.fn.line || null, text: `${callText(model, event.cause)} starts ${who}` };
    case "suspend": {
      const site = sites[event.site];
      const line = site?.line || null;
      switch (site?.kind) {
        case "yield":
          return { line, text: `${who} paused at yield, sending out ${event.value}` };
        case "yield*":
          return { line, text: `${who} paused at yield*, delegating to ${event.value}` };
        case "for-await":
          return { line, text: `${who} paused at for await, waiting for the next item` };
        default:
          return { line, text: `${who} paused at await, waiting for ${event.value}` };
      }
    }
    case "resume": {
      const line = sites[event.site]?.line || null;
      const paused = model.pausedStep(event.frame);
      const after = paused ? ` after ${formatDuration(event.time - paused.event.time)}` : "";
      return { line, text: resumeText(model, event, who, after) };
    }
    case "return":
      return { line: frame?.fn.line || null, text: `${who} returned ${event.value}` };
    case "throw":
      return { line: frame?.fn.line || null, text: `${who} threw ${event.value}` };
    case "log":
      return { line: model.lineOf(event.at), text: `${event.frame === undefined ? "a callback" : model.frameLabel(event.frame)} printed “${event.text}”` };
    case "timer-set": {
      const due = formatDuration(event.due);
      return { line: model.lineOf(event.at), text: `${event.api}(${event.delay}) set timer #${event.timer}, due at ${due}` };
    }
    case "timer-fire": {
      const timer = model.timers.get(event.timer);
      const set = timer?.line ? ` (${timer.api} from line ${timer.line})` : timer ? ` (${timer.api})` : "";
      return { line: timer?.line ?? null, text: `timer #${event.timer} fired${set}: a new macrotask` };
    }
    case "timer-clear":
      return { line: null, text: `timer #${event.timer} was cleared` };
    case "task":
      return { line: null, text: `task ${event.name} ${event.end ? "ended" : "started"}` };
    case "truncated":
      return { line: null, text: `trace truncated at ${event.limit.toLocaleString("en-US")} events: the program kept running, unrecorded` };
  }
}

function parentText(model: TraceModel, parent: number | undefined): string {
  return parent === undefined ? "" : ` by ${model.frameLabel(parent)}`;
}

/** "next(2) from line 12", "next() from line 16 (forwarded by yield* in middle(), top())" */
function callText(model: TraceModel, cause: ResumeCause, value?: string): string {
  if (cause.kind !== "call") return causeText(cause);
  const argument = value === undefined || value === "undefined" ? "" : value;
  const from = cause.at ? ` from line ${model.lineOf(cause.at) ?? "?"}` : "";
  const via = cause.via?.length ? ` (forwarded by yield* in ${cause.via.map((id) => model.frameLabel(id)).join(", ")})` : "";
  return `${cause.method}(${argument})${from}${via}`;
}

function causeText(cause: ResumeCause): string {
  switch (cause.kind) {
    case "timer":
      return "a timer";
    case "microtask":
      return "a microtask (promise reaction)";
    case "delegate":
      return "the end of its yield*";
    case "call":
      return `a ${cause.method}() call`;
  }
}

function resumeText(model: TraceModel, event: Extract<TraceEvent, { kind: "resume" }>, who: string, after: string): string {
  const { cause, how, value } = event;
  if (cause.kind === "call") {
    const call = callText(model, cause, value);
    if (how === "throw") return `${who} resumed by ${call}: ${value} is thrown where it paused`;
    if (how === "return") return `${who} resumed by ${call}: it returns where it paused`;
    return value === "undefined" ? `${who} resumed by ${call}, nothing sent in` : `${who} resumed by ${call}, with ${value} sent in`;
  }
  if (cause.kind === "delegate") {
    if (how === "throw") return `${who} resumed: its yield* threw ${value}`;
    if (how === "return") return `${who} resumed: its yield* was told to return`;
    return `${who} resumed: its yield* finished with ${value}`;
  }
  const by = `${who} resumed by ${causeText(cause)}${after}`;
  if (how === "done") return `${by}: the for await loop is over`;
  if (how === "throw") return `${by}: what it awaited failed with ${value}`;
  return value === "undefined" ? by : `${by}, with ${value}`;
}
