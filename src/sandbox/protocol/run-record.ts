/**
 * What a checked run left behind, as plain data: the same record whether the run happened in the
 * page's sandbox or in the Node runner. Built only from validated guest messages (the host trusts
 * nothing else), and read by an exercise's checks.
 */
import type { ErrorInfo, GuestMessage, LogLine, TaskLane, TaskSpan, TraceEvent } from "./messages.ts";
import { decodeTraceBatch } from "./trace-codec.ts";

/** How a run ended: it ran out of work, hit its time limit, or was stopped by a person. */
export type RunEnding = "done" | "time-limit" | "stopped";

export interface RunRecord {
  /** Console lines in the order printed, each with its logical time and task. */
  lines: LogLine[];
  /** Just the text of each line. */
  printed: string[];
  /** Every task's lane (from `task(name, fn)`): start and, once settled, end. */
  tasks: TaskLane[];
  /** Run/wait stretches of each task. */
  spans: TaskSpan[];
  /** Trace events, in order, when the run was traced (empty otherwise). */
  trace: TraceEvent[];
  /** Uncaught errors and unhandled rejections, in order. */
  errors: Pick<ErrorInfo, "name" | "message">[];
  /** Logical ms when the run ended. */
  time: number;
  ending: RunEnding;
  /** The run's logical time limit in ms. */
  timeLimit: number;
  /** The page's language ("en", "pt-BR"): the checks library writes its verdicts in it. */
  locale?: string;
}

/** An empty record for a run that is about to start. */
export function emptyRecord(timeLimit: number, locale?: string): RunRecord {
  return { lines: [], printed: [], tasks: [], spans: [], trace: [], errors: [], time: 0, ending: "stopped", timeLimit, ...(locale ? { locale } : {}) };
}

/** Where each task id sits in a record's `tasks`, kept beside the record so it stays plain data. */
const taskPositions = new WeakMap<RunRecord, Map<number, number>>();

function positions(record: RunRecord): Map<number, number> {
  let known = taskPositions.get(record);
  if (!known) taskPositions.set(record, (known = new Map()));
  return known;
}

/** The task's index in `record.tasks`, or -1: a lookup, not a scan (20,000 tasks post 40,000 task messages). */
function taskIndex(record: RunRecord, id: number): number {
  const known = positions(record);
  const at = known.get(id);
  if (at !== undefined && record.tasks[at]?.id === id) return at;
  // Someone else edited `tasks` (or this is a new task): find it the slow way and remember all positions again.
  if (at === undefined && known.size === record.tasks.length) return -1;
  known.clear();
  record.tasks.forEach((task, index) => known.set(task.id, index));
  return known.get(id) ?? -1;
}

/** Adds one guest message to a record (messages the page already validated). */
export function recordMessage(record: RunRecord, message: GuestMessage): void {
  switch (message.type) {
    case "logs":
      for (const line of message.lines) {
        record.lines.push(line);
        record.printed.push(line.text);
        record.time = Math.max(record.time, line.time);
      }
      return;
    case "events":
      return message.events.forEach((event) => recordMessage(record, event));
    case "task": {
      const lane: TaskLane = { id: message.id, name: message.name, start: message.start, ...(message.end === undefined ? {} : { end: message.end }) };
      const at = taskIndex(record, message.id);
      if (at >= 0) record.tasks[at] = lane;
      else positions(record).set(message.id, record.tasks.push(lane) - 1);
      return;
    }
    case "span":
      record.spans.push({ id: message.id, task: message.task, kind: message.kind, start: message.start, end: message.end });
      return;
    case "tick":
      record.time = Math.max(record.time, message.time);
      return;
    case "error":
      if (message.kind === "timeout") {
        record.ending = "time-limit";
        record.time = Math.max(record.time, record.timeLimit);
      } else record.errors.push({ name: message.name, message: message.message });
      return;
    case "trace":
      for (const event of decodeTraceBatch(message.batch)) record.trace.push(event);
      return;
    case "done":
      record.ending = "done";
      record.time = message.time;
      return;
    default:
      return;
  }
}
