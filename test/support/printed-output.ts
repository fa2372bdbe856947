import type { LogLine } from "../../src/sandbox/protocol/messages";

/** What a run left on screen, in the output panel's words. */
interface RunRecord {
  lines: readonly LogLine[];
  errors: readonly { kind: string; name: string; message: string }[];
}

/** One uncaught error as the output panel prints it. */
export function uncaughtLine(error: { kind: string; name: string; message: string }): string {
  const prefix = error.kind === "unhandledrejection" ? "Uncaught (in promise) " : "Uncaught ";
  return `${prefix}${error.name ? `${error.name}: ` : ""}${error.message}`;
}

/**
 * The text a lesson promises for a run: console lines in order, then any uncaught error as the
 * panel shows it (errors come last because the promise compares text, not interleaving).
 */
export function printedOutput(run: RunRecord): string {
  const lines = run.lines.map((line) => line.text);
  const errors = run.errors.filter((error) => error.kind !== "timeout").map(uncaughtLine);
  return [...lines, ...errors].join("\n").trimEnd();
}
