/**
 * Runs an exercise's checks against a run's record. Every verdict is a sentence: the run itself is
 * judged first (it must end, and end without an uncaught error), then each declared check.
 */
import { clip } from "../../sandbox/protocol/clip";
import { seconds, type Check } from "./api";
import { word } from "./words";
import type { RunRecord } from "../../sandbox/protocol/run-record";

export interface Verdict {
  name: string;
  passed: boolean;
  /** Why it failed, in words that teach (empty when it passed). */
  message: string;
}

/** Longest message shown: a check may quote what the reader's code printed. */
const MESSAGE_LIMIT = 400;

/** The verdicts on the run as a whole: it ended by itself, and threw nothing. */
function runVerdicts(run: RunRecord): Verdict[] {
  const ends: Verdict = { name: word(run, "finishes"), passed: run.ending === "done", message: "" };
  if (run.ending === "time-limit")
    ends.message = word(run, "stillRunning", { limit: seconds(run.timeLimit, run) });
  else if (run.ending === "stopped") ends.message = word(run, "stopped");
  const [error] = run.errors;
  const clean: Verdict = { name: word(run, "noUncaught"), passed: !error, message: "" };
  if (error) clean.message = word(run, "threw", { error: `${error.name ? `${error.name}: ` : ""}${error.message}` });
  return [ends, clean];
}

function judge(check: Check, run: RunRecord): Verdict {
  try {
    const result = check.test(run);
    const failed = typeof result === "string" || result === false;
    const message = typeof result === "string" ? result : failed ? word(run, "notYet") : "";
    return { name: check.name, passed: !failed, message };
  } catch (error) {
    // The checks module bundles its own copy of the API: a failure is known by its name.
    if (error instanceof Error && error.name === "CheckFailure") return { name: check.name, passed: false, message: error.message };
    const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return { name: check.name, passed: false, message: word(run, "unreadable", { error: text }) };
  }
}

/** Every verdict on `run`: the run's own, then one per check, messages clipped to a readable length. */
export function evaluate(checks: readonly Check[], run: RunRecord): Verdict[] {
  return [...runVerdicts(run), ...checks.map((check) => judge(check, run))].map((verdict) => ({
    ...verdict,
    message: clip(verdict.message, MESSAGE_LIMIT),
  }));
}

/** True when every verdict passed. */
export const allPassed = (verdicts: readonly Verdict[]) => verdicts.every((verdict) => verdict.passed);
