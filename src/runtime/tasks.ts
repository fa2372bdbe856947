import type { TaskLane, TaskSpan } from "../sandbox/protocol/messages.ts";

/** Where task lanes and their run/wait spans go (the guest posts them). */
export interface TaskSink {
  lane(lane: TaskLane): void;
  span(span: TaskSpan): void;
}

interface TaskState {
  readonly id: number;
  readonly name: string;
  readonly parent: TaskState | undefined;
  readonly start: number;
  ended: boolean;
  /** When it last started running, or last started waiting. */
  since: number;
}

/**
 * Named tasks and which one is running. "Current" is set by `run` for a task's synchronous part,
 * restored by timers for the code they resume, reset to the parent when a task settles, and
 * cleared when the event loop settles. Switching records the spans: run while current, wait otherwise.
 */
export class TaskTracker {
  private current: TaskState | undefined;
  private nextId = 1;

  constructor(
    private readonly now: () => number,
    private readonly sink: TaskSink,
  ) {}

  /** The current task (opaque), for timers to capture. */
  context(): unknown {
    return this.current;
  }

  currentName(): string | undefined {
    return this.current?.name;
  }

  /** Makes a captured context current (a timer resuming its caller). */
  enter(context: unknown): void {
    this.switchTo(context as TaskState | undefined); // contexts only ever come from context()
  }

  /** The loop has gone idle: no task is running. */
  settle(): void {
    this.switchTo(undefined);
  }

  /** Runs `fn` as the task `name`; it is current for its synchronous part. */
  run<T>(name: string, fn: () => T | Promise<T>): Promise<T> {
    const parent = this.current;
    const task: TaskState = { id: this.nextId++, name, parent, start: this.now(), ended: false, since: this.now() };
    this.sink.lane({ id: task.id, name, start: task.start });
    this.switchTo(task);
    let result: T | Promise<T>;
    try {
      result = fn();
    } catch (error) {
      this.finish(task);
      return Promise.reject(error);
    } finally {
      if (this.current === task) this.switchTo(parent);
    }
    return Promise.resolve(result).then(
      (value) => {
        this.finish(task);
        return value;
      },
      (error: unknown) => {
        this.finish(task);
        throw error;
      },
    );
  }

  private finish(task: TaskState): void {
    if (task.ended) return;
    const wasCurrent = this.current === task;
    this.closeSpan(task, wasCurrent ? "run" : "wait");
    task.ended = true;
    this.sink.lane({ id: task.id, name: task.name, start: task.start, end: this.now() });
    if (wasCurrent) {
      this.current = undefined;
      this.switchTo(task.parent);
    }
  }

  private switchTo(next: TaskState | undefined): void {
    const previous = this.current;
    if (previous === next) return;
    if (previous) this.closeSpan(previous, "run");
    if (next) this.closeSpan(next, "wait");
    this.current = next;
  }

  /** Ends the task's current stretch of `kind` now (empty stretches are not reported) and starts the other. */
  private closeSpan(task: TaskState, kind: "run" | "wait"): void {
    if (task.ended) return;
    const now = this.now();
    if (now > task.since) this.sink.span({ id: task.id, task: task.name, kind, start: task.since, end: now });
    task.since = now;
  }
}
