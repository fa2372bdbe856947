import type { Runtime } from "../../../runtime/runtime.ts";

interface Lane {
  /** The runtime's task context, entered while one of the task's steps runs. */
  context: unknown;
  end: () => void;
}

/**
 * asyncio tasks as the runtime's named tasks, so a Python run draws the same lanes (run/wait
 * spans) and stamps the same task names on its lines as a TypeScript run does. A lane lasts from
 * the task's creation to its end; a step of it runs in its context.
 */
export class PythonLanes {
  private readonly lanes = new Map<number, Lane>();
  private nextId = 1;

  constructor(private readonly runtime: Pick<Runtime, "api" | "tasks">) {}

  /** Opens a lane named `name`; returns its id. */
  start(name: string): number {
    const id = this.nextId++;
    const lane: Lane = { context: undefined, end: () => {} };
    void this.runtime.api.task(name, () => {
      lane.context = this.runtime.tasks.context();
      return new Promise<void>((resolve) => (lane.end = resolve));
    });
    this.lanes.set(id, lane);
    return id;
  }

  /** The context to run a step of lane `id` in (undefined: no lane). */
  context(id: number): unknown {
    return this.lanes.get(id)?.context;
  }

  end(id: number): void {
    this.lanes.get(id)?.end();
    this.lanes.delete(id);
  }
}
