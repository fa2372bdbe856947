/**
 * Where in the snippet the current call came from (the line of a `next()` or a `setTimeout`), read
 * from the stack. V8's structured call sites are cheap (no text is formatted); elsewhere the
 * `Error.stack` text is parsed.
 */
import { parseStackFrames } from "../../code/stack-frames.ts";
import type { CodePosition } from "../../sandbox/protocol/trace-events.ts";

interface CallSite {
  getFileName(): string | null | undefined;
  getLineNumber(): number | null;
  getColumnNumber(): number | null;
}

type V8Error = ErrorConstructor & {
  captureStackTrace?(target: object): void;
  prepareStackTrace?: (error: Error, sites: CallSite[]) => unknown;
  stackTraceLimit?: number;
};

/** Frames looked at: the snippet's frame is near the top, under a few of the runtime's own. */
const DEPTH = 16;

/** Returns a function giving the position of the innermost stack frame in the snippet's module, if any. */
export function createCallerLocator(isSnippet: (url: string) => boolean): () => CodePosition | undefined {
  const V8 = Error as V8Error;
  if (typeof V8.captureStackTrace !== "function") {
    return () => {
      const frame = parseStackFrames(String(new Error().stack ?? "")).find((candidate) => isSnippet(candidate.url));
      return frame && { line: frame.line, column: frame.column };
    };
  }
  return () => {
    const prepare = V8.prepareStackTrace;
    const limit = V8.stackTraceLimit;
    V8.prepareStackTrace = (_error, sites) => sites;
    V8.stackTraceLimit = DEPTH;
    try {
      const holder: { stack?: unknown } = {};
      V8.captureStackTrace?.(holder);
      const sites = Array.isArray(holder.stack) ? (holder.stack as CallSite[]) : [];
      for (const site of sites) {
        const file = site.getFileName();
        if (file && isSnippet(file)) return { line: site.getLineNumber() ?? 0, column: site.getColumnNumber() ?? 0 };
      }
      return undefined;
    } finally {
      // Put back exactly what was there: snippet code may read or set these too.
      V8.prepareStackTrace = prepare;
      V8.stackTraceLimit = limit;
    }
  };
}
