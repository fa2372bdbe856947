/**
 * Trace events on the wire: a batch of thousands of small objects costs more to post (structured
 * clone, key by key) than to record, so a batch travels as numbers in one Float64Array plus the
 * strings it carries, in order. `encodeTraceBatch` and `decodeTraceBatch` are exact inverses.
 */
import { clip } from "./clip.ts";
import { MAX_TRACE_NUMBERS, MAX_TRACE_STRING, MAX_TRACE_STRINGS, MAX_TRACE_VIA } from "./limits.ts";
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
    this.number(this.strings.push(clip(value, MAX_TRACE_STRING)) - 1);
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
    const via = (cause.via ?? []).slice(-MAX_TRACE_VIA);
    out.number(via.length);
    for (const frame of via) out.number(frame);
  } else if (cause.kind === "timer") out.number(cause.timer);
  else if (cause.kind === "microtask") out.number(cause.timer ?? ABSENT);
}

/** Reads a batch's numbers in order; any read past the end, or an index or count out of range, throws. */
class Reader {
  private at = 0;
  constructor(private readonly batch: TraceBatch) {}

  get done(): boolean {
    return this.at >= this.batch.numbers.length;
  }

  number(): number {
    if (this.done) throw new RangeError("a trace batch ends inside an event");
    return this.batch.numbers[this.at++]!;
  }

  /** An integer in [0, size): an index into a table, a string or a fixed list. */
  index(size: number): number {
    const value = this.number();
    if (!Number.isInteger(value) || value < 0 || value >= size) throw new RangeError(`a trace batch holds an index out of range (${value})`);
    return value;
  }

  word<T>(list: readonly T[]): T {
    return list[this.index(list.length)]!;
  }

  string(): string {
    return this.batch.strings[this.index(this.batch.strings.length)]!;
  }

  /** A string index, or -1 for none. */
  optionalString(): string | undefined {
    const value = this.number();
    if (value === -1) return undefined;
    this.at--;
    return this.string();
  }

  /** A count of numbers that follow: never more than are left (a batch cannot claim a billion). */
  count(): number {
    return this.index(this.batch.numbers.length - this.at);
  }

  position(): CodePosition | undefined {
    const line = this.number();
    const column = this.number();
    return Number.isNaN(line) ? undefined : { line, column };
  }
}

/** What is wrong with a batch's shape (sizes, types), before a single event is decoded; undefined when nothing. */
export function traceBatchShapeProblem(batch: unknown): string | undefined {
  if (typeof batch !== "object" || batch === null) return "the batch is not an object";
  const { numbers, strings } = batch as Partial<TraceBatch>;
  if (!(numbers instanceof Float64Array)) return "its numbers are not a Float64Array";
  if (numbers.length > MAX_TRACE_NUMBERS) return `it holds more than ${MAX_TRACE_NUMBERS} numbers`;
  if (!Array.isArray(strings)) return "its strings are not an array";
  if (strings.length > MAX_TRACE_STRINGS) return `it holds more than ${MAX_TRACE_STRINGS} strings`;
  for (const text of strings) if (typeof text !== "string" || text.length > MAX_TRACE_STRING) return "one of its strings is too long or not a string";
  return undefined;
}

/** Decodes a batch; one that is malformed (see `traceBatchShapeProblem` first) throws a RangeError. */
export function decodeTraceBatch(batch: TraceBatch): TraceEvent[] {
  const events: TraceEvent[] = [];
  const read = new Reader(batch);
  while (!read.done) {
    const code = read.index(KINDS.length);
    const event: Record<string, unknown> = { kind: KINDS[code], seq: read.number(), time: read.number() };
    for (const [name, field] of FIELDS[code]!) {
      const value = decodeField(field, read);
      if (value !== undefined) event[name] = value;
    }
    events.push(event as unknown as TraceEvent);
  }
  return events;
}

/** Events of a batch that has been checked for shape and structure, or what is wrong with it. */
export function checkTraceBatch(batch: unknown): { events: TraceEvent[] } | { problem: string } {
  const problem = traceBatchShapeProblem(batch);
  if (problem) return { problem };
  try {
    return { events: decodeTraceBatch(batch as TraceBatch) };
  } catch (error) {
    return { problem: (error as Error).message };
  }
}

function decodeField(field: Field, read: Reader): unknown {
  switch (field) {
    case "number":
      return read.number();
    case "number?": {
      const value = read.number();
      return Number.isNaN(value) ? undefined : value;
    }
    case "string":
      return read.string();
    case "string?":
      return read.optionalString();
    case "how":
      return read.word(HOWS);
    case "level":
      return read.word(LEVELS);
    case "boolean":
      return read.number() === 1;
    case "position?":
      return read.position();
    case "cause":
      return decodeCause(read);
  }
}

function decodeCause(read: Reader): ResumeCause {
  const kind = read.word(CAUSES);
  if (kind === "call") {
    const method = read.word(METHODS);
    const at = read.position();
    const via = Array.from({ length: read.count() }, () => read.number());
    return { kind, method, ...(at ? { at } : {}), ...(via.length ? { via } : {}) };
  }
  if (kind === "timer") return { kind, timer: read.number() };
  if (kind === "microtask") {
    const timer = read.number();
    return Number.isNaN(timer) ? { kind } : { kind, timer };
  }
  return { kind };
}
