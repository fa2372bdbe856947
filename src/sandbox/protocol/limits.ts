/**
 * The sizes both sides agree on. The guest bounds what it posts to them; the host refuses a
 * message past them (the guest broke the protocol) and stops the run. Characters are UTF-16 units.
 */

/** A console line's text is cut to this many characters before it is posted… */
export const MAX_LINE_TEXT = 10_000;
/** …and the cut adds a marker saying how much: "… (123 more characters)". */
export const MAX_LINE_LENGTH = MAX_LINE_TEXT + 64;
/** Task names, error names, log levels: anything that labels something. */
export const MAX_NAME_LENGTH = 200;
/** An error's message and its stack, each. */
export const MAX_ERROR_MESSAGE = 10_000;
export const MAX_ERROR_STACK = 20_000;

/** One `logs` message: lines, and their text together (the newest line is always kept whole). */
export const MAX_LINES_PER_MESSAGE = 2_000;
export const MAX_CHARS_PER_MESSAGE = 500_000;
/** One `events` message: task and span events. */
export const MAX_EVENTS_PER_MESSAGE = 5_000;

/** One trace batch (trace-codec.ts): numbers, strings, and each string's length. */
export const MAX_TRACE_NUMBERS = 2_000_000;
export const MAX_TRACE_STRINGS = 65_536;
export const MAX_TRACE_STRING = 1_000;
/** A resume's `via` chain is cut to its innermost frames. */
export const MAX_TRACE_VIA = 64;

/** Errors a run reports; later ones are counted, not posted (an error per timer tick is still a flood). */
export const MAX_ERRORS_PER_RUN = 100;

/** Workers one run may start, at once and in all: each is a thread of the reader's browser (the frame enforces it too). */
export const WORKER_CAP = { live: 16, total: 64 } as const;
