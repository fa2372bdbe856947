/**
 * Trace events on the wire: a batch of thousands of small objects costs more to post (structured
 * clone, key by key) than to record, so a batch travels as numbers in one Float64Array plus the
 * strings it carries, in order. `encodeTraceBatch` and `decodeTraceBatch` are exact inverses.
 */
import type { LogLevel } from "./messages.ts";
import type { CodePosition, ResumeCause, ResumeHow, TraceEvent } from "./trace-events.ts";

export interface TraceBatch {
  numbers: Float64Array;
  strings: string[];
}

const HOWS: readonly ResumeHow[] = ["value", "throw", "return", "done"];
const LEVELS: readonly LogLevel[] = ["log", "info", "warn", "error", "debug"];
const CAUSES = ["call", "timer", "microtask", "delegate"] as const;
const METHODS = ["call", "next", "throw", "return"] as const;

/** A field: a number (maybe absent), a string (maybe absent), a word from a fixed list, a flag, a cause, a position. */
type Field = "number" | "number?" | "string" | "string?" | "how" | "level" | "boolean" | "cause" | "position?";

/** Each kind's fields after `seq` and `time`, in wire order. */
const LAYOUT = {
  frame: { frame: "number", fn: "number", args: "string", parent: "number?", task: "string?" },
  start: { frame: "number", cause: "cause" },
  suspend: { frame: "number", site: "number", value: "string" },
  resume: { frame: "number", site: "number", how: "how", value: "string", cause: "cause" },
  return: { frame: "number", value: "string" },
  throw: { frame: "number", value: "string" },
  log: { frame: "number?", level: "level", text: "string", at: "position?" },
  "timer-set": { timer: "number", api: "string", delay: "number", due: "number", repeat: "boolean", frame: "number?", at: "position?" },
  "timer-fire": { timer: "number" },
  "timer-clear": { timer: "number" },
  task: { task: "number", name: "string", end: "boolean" },
  truncated: { limit: "number" },
} as const satisfies Record<TraceEvent["kind"], Record<string, Field>>;

type Kind = keyof typeof LAYOUT;
const KINDS = Object.keys(LAYOUT) as Kind[];
const KIND_CODE = new Map(KINDS.map((kind, index) => [kind, index]));
/** Each kind's [name, field] pairs, by kind code, computed once. */
const FIELDS = KINDS.map((kind) => Object.entries(LAYOUT[kind]) as [string, Field][]);
const ABSENT = Number.NaN;
const SUSPEND = KIND_CODE.get("suspend")!;
const RESUME = KIND_CODE.get("resume")!;

/** Numbers into a Float64Array that doubles when full (cheaper than a growing number[] and a copy). */
class Writer {
  numbers = new Float64Array(1024);
  length = 0;
  readonly strings: string[] = [];

  number(value: number): void {
    if (this.length === this.numbers.length) {
      const grown = new Float64Array(this.numbers.length * 2);
      grown.set(this.numbers);
      this.numbers = grown;
    }
    this.numbers[this.length++] = value;
  }

  string(value: string): void {
    this.number(this.strings.push(value) - 1);
  }

  position(at: CodePosition | undefined): void {
    this.number(at ? at.line : ABSENT);
    this.number(at ? at.column : ABSENT);
  }
}

/** Encodes events one by one as they are recorded (so none is kept as an object), and hands out batches. */
export class TraceBatchWriter {
  private out = new Writer();
  private count = 0;

  /** Events written since the last batch was taken. */
  get size(): number {
    return this.count;
  }

  add(event: TraceEvent): void {
    this.count += 1;
    const out = this.out;
    // The two kinds a busy loop records by the thousand, written out; the others go by the table.
    if (event.kind === "suspend") {
      out.number(SUSPEND);
      out.number(event.seq);
      out.number(event.time);
      out.number(event.frame);
      out.number(event.site);
      out.string(event.value);
      return;
    }
    if (event.kind === "resume") {
      out.number(RESUME);
      out.number(event.seq);
      out.number(event.time);
      out.number(event.frame);
      out.number(event.site);
      out.number(HOWS.indexOf(event.how));
      out.string(event.value);
      encodeCause(event.cause, out);
      return;
    }
    const code = KIND_CODE.get(event.kind)!;
    out.number(code);
    out.number(event.seq);
    out.number(event.time);
    const record = event as unknown as Record<string, unknown>;
    for (const [name, field] of FIELDS[code]!) {
      const value = record[name];
      switch (field) {
        case "number":
          out.number(value as number);
          break;
        case "number?":
          out.number(value === undefined ? ABSENT : (value as number));
          break;
        case "string":
          out.string(value as string);
          break;
        case "string?":
          if (value === undefined) out.number(-1);
          else out.string(value as string);
          break;
        case "how":
          out.number(HOWS.indexOf(value as ResumeHow));
          break;
        case "level":
          out.number(LEVELS.indexOf(value as LogLevel));
          break;
        case "boolean":
          out.number(value ? 1 : 0);
          break;
        case "position?":
          out.position(value as CodePosition | undefined);
          break;
        case "cause":
          encodeCause(value as ResumeCause, out);
          break;
      }
    }
  }

  /** The events written so far, as one batch; the writer starts afresh. */
  take(): TraceBatch {
    const { numbers, length, strings } = this.out;
    this.out = new Writer();
    this.count = 0;
    return { numbers: numbers.slice(0, length), strings };
  }
}

export function encodeTraceBatch(events: readonly TraceEvent[]): TraceBatch {
  const writer = new TraceBatchWriter();
  for (const event of events) writer.add(event);
  return writer.take();
}

/** cause kind, then: call → method, position, via count, via…; timer → timer; microtask → timer or NaN. */
function encodeCause(cause: ResumeCause, out: Writer): void {
  out.number(CAUSES.indexOf(cause.kind));
  if (cause.kind === "call") {
    out.number(METHODS.indexOf(cause.method));
    out.position(cause.at);
    const via = cause.via ?? [];
    out.number(via.length);
    for (const frame of via) out.number(frame);
  } else if (cause.kind === "timer") out.number(cause.timer);
  else if (cause.kind === "microtask") out.number(cause.timer ?? ABSENT);
}

export function decodeTraceBatch({ numbers, strings }: TraceBatch): TraceEvent[] {
  const events: TraceEvent[] = [];
  let cursor = 0;
  const next = () => numbers[cursor++]!;
  const position = (): CodePosition | undefined => {
    const line = next();
    const column = next();
    return Number.isNaN(line) ? undefined : { line, column };
  };
  while (cursor < numbers.length) {
    const code = next();
    const event: Record<string, unknown> = { kind: KINDS[code], seq: next(), time: next() };
    for (const [name, field] of FIELDS[code] ?? []) {
      switch (field) {
        case "number":
          event[name] = next();
          break;
        case "number?": {
          const value = next();
          if (!Number.isNaN(value)) event[name] = value;
          break;
        }
        case "string":
          event[name] = strings[next()];
          break;
        case "string?": {
          const index = next();
          if (index >= 0) event[name] = strings[index];
          break;
        }
        case "how":
          event[name] = HOWS[next()];
          break;
        case "level":
          event[name] = LEVELS[next()];
          break;
        case "boolean":
          event[name] = next() === 1;
          break;
        case "position?": {
          const at = position();
          if (at) event[name] = at;
          break;
        }
        case "cause":
          event[name] = decodeCause(next, position);
          break;
      }
    }
    events.push(event as unknown as TraceEvent);
  }
  return events;
}

function decodeCause(next: () => number, position: () => CodePosition | undefined): ResumeCause {
  const kind = CAUSES[next()]!;
  if (kind === "call") {
    const method = METHODS[next()]!;
    const at = position();
    const via = Array.from({ length: next() }, next);
    return { kind, method, ...(at ? { at } : {}), ...(via.length ? { via } : {}) };
  }
  if (kind === "timer") return { kind, timer: next() };
  if (kind === "microtask") {
    const timer = next();
    return Number.isNaN(timer) ? { kind } : { kind, timer };
  }
  return { kind };
}
