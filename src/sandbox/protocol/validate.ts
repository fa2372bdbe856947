/**
 * Checks of everything that crosses from a guest (or the sandbox frame) to whoever hears it:
 * shape, types, string and array lengths (limits.ts). What arrives was structured-cloned, so it is
 * plain data: reading it runs no code. A message that fails is a guest breaking the protocol.
 */
import {
  MAX_CHARS_PER_MESSAGE,
  MAX_ERROR_MESSAGE,
  MAX_ERROR_STACK,
  MAX_EVENTS_PER_MESSAGE,
  MAX_LINE_LENGTH,
  MAX_LINES_PER_MESSAGE,
  MAX_NAME_LENGTH,
} from "./limits.ts";
import { clip } from "./clip.ts";
import type { FrameMessage, GuestMessage } from "./messages.ts";
import { checkTraceBatch } from "./trace-codec.ts";

/** A message that passed, or what is wrong with it, in words. */
export type Checked<T> = { ok: true; message: T } | { ok: false; problem: string };

type Problem = string | undefined;
type Fields = Record<string, unknown>;

const LEVELS = new Set(["log", "info", "warn", "error", "debug"]);
const ERROR_KINDS = new Set(["uncaught", "unhandledrejection", "timeout"]);

const isFields = (value: unknown): value is Fields => typeof value === "object" && value !== null && !Array.isArray(value);
const isTime = (value: unknown) => typeof value === "number" && Number.isFinite(value);
const isCount = (value: unknown) => Number.isSafeInteger(value) && (value as number) >= 0;
const isText = (value: unknown, max: number) => typeof value === "string" && value.length <= max;
const isOptionalTime = (value: unknown) => value === undefined || isTime(value);

function lineProblem(line: unknown): Problem {
  if (!isFields(line)) return "a line is not an object";
  if (!LEVELS.has(line.level as string)) return "a line has an unknown level";
  if (!isText(line.text, MAX_LINE_LENGTH)) return `a line is longer than ${MAX_LINE_LENGTH} characters`;
  if (!isTime(line.time)) return "a line has no time";
  if (line.task !== undefined && !isText(line.task, MAX_NAME_LENGTH)) return "a line's task name is too long";
  return undefined;
}

function logsProblem(message: Fields): Problem {
  const { lines } = message;
  if (!Array.isArray(lines) || lines.length === 0) return "no lines";
  if (lines.length > MAX_LINES_PER_MESSAGE) return `more than ${MAX_LINES_PER_MESSAGE} lines`;
  let chars = 0;
  for (const line of lines) {
    const problem = lineProblem(line);
    if (problem) return problem;
    chars += (line as { text: string }).text.length;
  }
  // The newest line is always kept whole, so a batch may pass the budget by one line.
  return chars > MAX_CHARS_PER_MESSAGE + MAX_LINE_LENGTH ? `more than ${MAX_CHARS_PER_MESSAGE} characters` : undefined;
}

function taskProblem(message: Fields): Problem {
  if (!isCount(message.id)) return "a task without an id";
  if (!isText(message.name, MAX_NAME_LENGTH)) return "a task name is too long";
  if (!isTime(message.start) || !isOptionalTime(message.end)) return "a task's times are not numbers";
  return undefined;
}

function spanProblem(message: Fields): Problem {
  if (!isCount(message.id)) return "a span without a task id";
  if (!isText(message.task, MAX_NAME_LENGTH)) return "a span's task name is too long";
  if (message.kind !== "run" && message.kind !== "wait") return "a span of an unknown kind";
  if (!isTime(message.start) || !isTime(message.end)) return "a span's times are not numbers";
  return undefined;
}

function eventsProblem(message: Fields): Problem {
  const { events } = message;
  if (!Array.isArray(events) || events.length === 0) return "no events";
  if (events.length > MAX_EVENTS_PER_MESSAGE) return `more than ${MAX_EVENTS_PER_MESSAGE} events`;
  for (const event of events) {
    if (!isFields(event)) return "an event is not an object";
    const problem = event.type === "task" ? taskProblem(event) : event.type === "span" ? spanProblem(event) : "an event is neither a task nor a span";
    if (problem) return problem;
  }
  return undefined;
}

function errorInfoProblem(error: Fields): Problem {
  if (!isText(error.name, MAX_NAME_LENGTH)) return "an error name is too long";
  if (!isText(error.message, MAX_ERROR_MESSAGE)) return `an error message is longer than ${MAX_ERROR_MESSAGE} characters`;
  if (!isText(error.stack, MAX_ERROR_STACK)) return `an error stack is longer than ${MAX_ERROR_STACK} characters`;
  return undefined;
}

function errorProblem(message: Fields): Problem {
  return ERROR_KINDS.has(message.kind as string) ? errorInfoProblem(message) : "an error of an unknown kind";
}

function resultProblem(message: Fields): Problem {
  if (typeof message.ok !== "boolean" || !isTime(message.time)) return "a result without an outcome";
  if (message.ok) return undefined;
  return isFields(message.error) ? errorInfoProblem(message.error) : "a failed result without its error";
}

/** Sizes first, then a full decode: a batch whose counts or indices point past its end is refused here, not in the trace view. */
function traceProblem(message: Fields): Problem {
  const checked = checkTraceBatch(message.batch);
  return "problem" in checked ? checked.problem : undefined;
}

const timesProblem = (message: Fields): Problem => (isTime(message.time) && isTime(message.realTime) ? undefined : "its times are not numbers");

const GUEST_CHECKS = new Map<string, (message: Fields) => Problem>([
  ["ready", () => undefined],
  ["logs", logsProblem],
  ["task", taskProblem],
  ["span", spanProblem],
  ["events", eventsProblem],
  ["tick", timesProblem],
  ["dropped", (message) => (isCount(message.count) ? undefined : "its count is not a count")],
  ["error", errorProblem],
  ["done", timesProblem],
  ["result", resultProblem],
  ["trace", traceProblem],
] satisfies [GuestMessage["type"], (message: Fields) => Problem][]);

/** The tag of a message, short enough to quote in a problem. */
const tagOf = (value: Fields) => (typeof value.type === "string" ? value.type.slice(0, 40) : "?");

function check<T>(value: unknown, checks: ReadonlyMap<string, (message: Fields) => Problem>): Checked<T> {
  if (!isFields(value) || typeof value.type !== "string") return { ok: false, problem: "a message without a type" };
  const checker = checks.get(value.type);
  if (!checker) return { ok: false, problem: `a message of unknown type "${tagOf(value)}"` };
  const problem = checker(value);
  return problem ? { ok: false, problem: `${tagOf(value)}: ${problem}` } : { ok: true, message: value as T };
}

/** Checks a message from a guest worker (to the page, or to the parent of a `runInWorker` child). */
export function checkGuestMessage(value: unknown): Checked<GuestMessage> {
  return check<GuestMessage>(value, GUEST_CHECKS);
}

const FRAME_CHECKS = new Map<string, (message: Fields) => Problem>([
  ["frame-ready", () => undefined],
  ["error", errorProblem],
] satisfies [FrameMessage["type"], (message: Fields) => Problem][]);

/** Checks a message the sandbox frame posted to the page (the handshake, or its worker failing). */
export function checkFrameMessage(value: unknown): Checked<FrameMessage> {
  return check<FrameMessage>(value, FRAME_CHECKS);
}

/** The frame's word that child `id` failed, if `value` is one (it only ever comes from the frame). */
export function workerFailure(value: unknown): { id: number; message: string } | undefined {
  if (!isFields(value) || value.type !== "worker-failed") return undefined;
  const { id, message } = value;
  return typeof id === "number" && typeof message === "string" ? { id, message: clip(message, MAX_ERROR_MESSAGE) } : undefined;
}

/** Whether `value` is the `connect` that hands a worker its channel. */
export function isConnectMessage(value: unknown): boolean {
  return isFields(value) && value.type === "connect";
}
