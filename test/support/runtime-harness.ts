/** Test helper: a runtime on the test process's real primitives (nothing patched), with its events recorded. */
import type { LogLine, TaskLane, TaskSpan } from "../../src/sandbox/protocol/messages.ts";
import { captureHost } from "../../src/runtime/host.ts";
import { createRuntime, type RuntimeOptions } from "../../src/runtime/runtime.ts";

export function createHarness(options: Partial<RuntimeOptions> = {}) {
  const lanes: TaskLane[] = [];
  const spans: TaskSpan[] = [];
  const errors: unknown[] = [];
  const printed: Pick<LogLine, "level" | "text" | "task">[] = [];
  const log: string[] = [];
  let waiting: (() => void)[] = [];
  let limitReached = false;
  const wake = () => {
    const resolvers = waiting;
    waiting = [];
    for (const resolve of resolvers) resolve();
  };
  const runtime = createRuntime({
    mode: "virtual",
    scale: 1,
    host: captureHost(),
    events: {
      lane: (lane) => lanes.push(lane),
      span: (span) => spans.push(span),
      error: (error) => errors.push(error),
      idle: wake,
      timeLimit: () => {
        limitReached = true;
        wake();
      },
      print: (line) => printed.push(line),
    },
    ...options,
  });
  return {
    runtime,
    api: runtime.api,
    timers: runtime.timers,
    lanes,
    spans,
    errors,
    printed,
    log,
    limitReached: () => limitReached,
    /** Records "<logical time> <task or -> <text>". */
    say(text: string) {
      log.push(`${runtime.clock.now()} ${runtime.currentTask() ?? "-"} ${text}`);
    },
    /** Resolves once nothing is scheduled or pending (or the time limit stopped the run). */
    idle(): Promise<void> {
      const promise = new Promise<void>((resolve) => waiting.push(resolve));
      runtime.queue.start();
      return promise;
    },
  };
}
