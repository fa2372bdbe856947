/**
 * Checks an exercise's code the way the page's Check does — compiled like an edited example, run
 * in the sandbox's guest under the virtual clock, then judged by the exercise's compiled checks.
 */
import { compileForBuild } from "../../src/code/build-time";
import { compileChecks } from "../../src/build/check-module";
import type { Check } from "../../src/practice/checks/api";
import { evaluate, type Verdict } from "../../src/practice/checks/evaluate";
import type { RunRecord } from "../../src/sandbox/protocol/run-record";
import type { Locale } from "../../src/lib/i18n";
import { runInNode, type NodeRunResult } from "./node-runner";
import { instrument } from "../../src/trace/instrument/instrument";

/** The record a Node run leaves, as the page would have built it from the same messages. */
export function recordOf(result: NodeRunResult, timeLimit: number, locale?: Locale): RunRecord {
  return {
    lines: result.lines,
    printed: result.lines.map((line) => line.text),
    tasks: result.tasks,
    spans: result.spans,
    trace: result.trace,
    errors: result.errors.filter((error) => error.kind !== "timeout").map(({ name, message }) => ({ name, message })),
    time: result.time,
    ending: result.timedOut ? "time-limit" : "done",
    timeLimit,
    ...(locale ? { locale } : {}),
  };
}

/** The checks a fence declares, loaded from its compiled module as the page loads it. */
export async function loadChecks(source: string): Promise<Check[]> {
  const { js } = await compileChecks(source);
  const url = `data:text/javascript;base64,${Buffer.from(js).toString("base64")}`;
  return ((await import(/* @vite-ignore */ url)) as { default: Check[] }).default;
}

export interface CheckOptions {
  /** Real ms, as on the page (default 10,000). */
  timeout?: number;
  scale?: number;
  /** Run it traced, as the page's Check does for an exercise marked `trace`. */
  trace?: boolean;
  /** The edition whose words the checks library's verdicts use (English by default). */
  locale?: Locale;
}

/** Runs `code` and returns every verdict of `checks` on it; syntax errors fail the whole run. */
export async function checkCode(code: string, checks: string, options: CheckOptions = {}): Promise<Verdict[]> {
  const compiled = await compileForBuild(code);
  if (!compiled.ok) return [{ name: "compiles", passed: false, message: compiled.diagnostics.map((d) => `${d.line}:${d.column} ${d.message}`).join("; ") }];
  const scale = options.scale ?? 1;
  const timeLimit = options.timeout ?? 10_000;
  const js = options.trace ? instrument(compiled.js, compiled.map).js : compiled.js;
  const result = await runInNode(js, { scale, timeLimit, trace: options.trace });
  return evaluate(await loadChecks(checks), recordOf(result, timeLimit * scale, options.locale));
}
