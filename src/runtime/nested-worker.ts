import { WORKER_CAP } from "../sandbox/protocol/limits.ts";
import type { ErrorInfo, GuestMessage, LogLine, RunMessage } from "../sandbox/protocol/messages.ts";
import type { Clock } from "./clock.ts";
import { API_NAMES, RUNTIME_EXPRESSION } from "./names.ts";
import type { TimerQueue } from "./timer-queue.ts";

/**
 * Provided by the environment: start a guest in a fresh worker, send it `request` once it posts
 * `ready`, and pass every message it posts to `listener`. A worker that fails or exits on its own
 * ends with a `done` message (after an `error` if there was one). Returns a function that terminates it.
 */
export type SpawnWorker = (request: RunMessage, listener: (message: GuestMessage) => void) => () => void;

export interface NestedWorkerDeps {
  spawn: SpawnWorker | undefined;
  clock: Clock;
  queue: TimerQueue;
  /** The current task context, so results resume their caller's task. */
  context(): unknown;
  /** The parent run's settings for the child (its clock starts at 0). */
  settings(): Pick<RunMessage, "mode" | "scale" | "timeLimit" | "epoch">;
  /** Shows a line the child printed, as if printed now by the current task. */
  print(line: Pick<LogLine, "level" | "text" | "task">): void;
}

/** The module a child runs: the API as local names, then the function as its default export. */
export function childModuleSource(fnSource: string): string {
  return `const { ${API_NAMES.join(", ")} } = ${RUNTIME_EXPRESSION};\nexport default (${fnSource});\n`;
}

export function errorFromInfo(info: ErrorInfo): Error {
  const error = new Error(info.message);
  if (info.name) error.name = info.name;
  if (info.stack) error.stack = info.stack;
  return error;
}


/**
 * `runInWorker`, exact in every mode: each thing the child did is delivered at start + the child's
 * own logical time. While it runs, the parent's timers fire only before start + the time the child
 * reported it will post nothing earlier than (its ticks' `quietUntil`), so no delivery comes too late.
 */
export function createRunInWorker(deps: NestedWorkerDeps) {
  let live = 0;
  let started = 0;
  return function runInWorker<A extends unknown[], R>(fn: (...args: A) => R, ...args: A): Promise<Awaited<R>> {
    return new Promise<Awaited<R>>((resolve, reject) => {
      if (!deps.spawn) throw new Error("runInWorker is not available in this environment");
      if (typeof fn !== "function") throw new TypeError("runInWorker expects a function");
      if (live >= WORKER_CAP.live) throw new RangeError(`runInWorker: at most ${WORKER_CAP.live} workers can run at once in an example`);
      if (started >= WORKER_CAP.total) throw new RangeError(`runInWorker: an example can start at most ${WORKER_CAP.total} workers`);
      const request: RunMessage = {
        type: "run",
        ...deps.settings(),
        code: childModuleSource(fn.toString()),
        args: structuredClone(args), // fails here, clearly, for arguments that cannot travel
      };
      const start = deps.clock.now();
      const owner = deps.context();
      const hold = deps.queue.hold();
      live++;
      started++;
      let freed = false;
      // The worker's slot frees once, whichever way it ends.
      const free = () => {
        if (!freed) live--;
        freed = true;
        hold.release();
      };
      let childTime = 0;
      let finished = false;
      const deliver = (time: number, action: () => void) => hold.deliver(action, start + time, { context: owner, label: "worker message" });
      let terminate = () => {};
      const finish = (time: number, action: () => void) => {
        finished = true;
        terminate();
        deliver(time, action);
        free();
      };
      const listen = (message: GuestMessage) => {
        if (finished) return;
        switch (message.type) {
          case "logs":
            for (const line of message.lines) {
              childTime = Math.max(childTime, line.time);
              deliver(line.time, () => deps.print(line));
            }
            break;
          case "tick":
            // Nothing the child posts later is earlier than what it promised: a floor for unstamped messages too.
            childTime = Math.max(childTime, message.time, message.quietUntil ?? 0);
            hold.allowUntil(start + childTime);
            break;
          case "error": {
            const text = `Uncaught (in worker) ${message.name ? `${message.name}: ` : ""}${message.message}`;
            const time = Math.max(childTime, message.time ?? 0);
            if (message.kind !== "timeout") deliver(time, () => deps.print({ level: "error", text }));
            else finish(time, () => reject(new Error(`runInWorker: the worker was stopped (${message.message})`)));
            break;
          }
          case "result":
            finish(message.time, () => (message.ok ? resolve(message.value as Awaited<R>) : reject(errorFromInfo(message.error))));
            break;
          case "done":
            finish(Math.max(childTime, message.time), () => reject(new Error("runInWorker: the function never settled")));
            break;
        }
      };
      try {
        terminate = deps.spawn(request, listen);
      } catch (error) {
        free();
        throw error;
      }
    });
  };
}
