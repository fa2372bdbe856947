/**
 * The next(v)/throw(e)/return(v) calls on generator objects, as requests a generator serves in
 * order (an async generator queues them): the request at the head of an object's queue is what
 * resumed its frame. A call that a `yield*` makes for the call it is serving names that call's
 * line, and the frames it was forwarded through.
 */
import type { CodePosition, ResumeCause } from "../../sandbox/protocol/trace-events.ts";
import { type Frame, isDelegating } from "./frame.ts";
import type { GeneratorMethod } from "./generators.ts";

export interface Request {
  readonly method: GeneratorMethod;
  readonly value: unknown;
  readonly at: CodePosition | undefined;
  /** Frames whose yield* forwarded it, innermost first. */
  readonly via: number[];
}

export class GeneratorRequests {
  private readonly queues = new WeakMap<object, Request[]>();
  /** Generator calls in progress (synchronously), innermost last. */
  private readonly calls: { object: object; request: Request }[] = [];
  /** Who delegates to an iterable with `yield*`. */
  private readonly delegators = new WeakMap<object, Frame>();

  constructor(private readonly caller: () => CodePosition | undefined) {}

  /** Records a call on `object` and runs it; a sync generator's request is over when the call returns. */
  serve<R>(object: object, method: GeneratorMethod, value: unknown, async: boolean, invoke: () => R): R {
    const request = this.make(object, method, value);
    const queue = this.queues.get(object) ?? [];
    this.queues.set(object, queue);
    queue.push(request);
    this.calls.push({ object, request });
    try {
      return invoke();
    } finally {
      this.calls.pop();
      // An async generator keeps the request until it yields or ends.
      if (!async) {
        const index = queue.lastIndexOf(request);
        if (index >= 0) queue.splice(index, 1);
      }
    }
  }

  /** The generator object whose call is running now (the one a starting body belongs to). */
  current(): { object: object; request: Request } | undefined {
    return this.calls[this.calls.length - 1];
  }

  /** The request `frame` is serving. */
  head(frame: Frame): Request | undefined {
    return frame.object ? this.queues.get(frame.object)?.[0] : undefined;
  }

  /** The request being served is answered (by a yield, or by the end of the body). */
  answer(frame: Frame): void {
    if (frame.object) this.queues.get(frame.object)?.shift();
  }

  delegate(frame: Frame, iterable: unknown): void {
    if ((typeof iterable === "object" && iterable !== null) || typeof iterable === "function") this.delegators.set(iterable, frame);
  }

  undelegate(iterable: unknown): void {
    if (typeof iterable === "object" && iterable !== null) this.delegators.delete(iterable);
  }

  /** The frame whose yield* delegates to `frame`'s object, if it is waiting there. */
  delegatorOf(frame: Frame): Frame | undefined {
    const delegator = frame.object ? this.delegators.get(frame.object) : undefined;
    return isDelegating(delegator) ? delegator : undefined;
  }

  private make(object: object, method: GeneratorMethod, value: unknown): Request {
    const delegator = this.delegators.get(object);
    const outer = this.current();
    if (isDelegating(delegator) && outer && outer.object === delegator.object) {
      return { method, value, at: outer.request.at, via: [delegator.id, ...outer.request.via] };
    }
    return { method, value, at: this.caller(), via: [] };
  }
}

/** A request as the cause of a resumption. */
export function causeOf(request: Request): ResumeCause {
  return { kind: "call", method: request.method, ...(request.at ? { at: request.at } : {}), ...(request.via.length ? { via: request.via } : {}) };
}
