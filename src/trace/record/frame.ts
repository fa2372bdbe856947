/** What the tracer knows about one frame (the top level, an async call, a generator object). */

export type FrameState = "created" | "running" | "suspended" | "done";

/** What a suspended frame waits at. */
export type WaitKind = "await" | "yield" | "delegate" | "loop";

/** A `for await` loop of a frame. */
export interface Loop {
  readonly site: number;
  readonly iterable: unknown;
  /** The loop's next()/return() calls can be seen (a generator object); else it is assumed to wait between bodies. */
  readonly observed: boolean;
  inBody: boolean;
}

export interface Frame {
  readonly id: number;
  state: FrameState;
  waits: WaitKind;
  site: number;
  /** Its generator object, once its body has started. */
  object: object | undefined;
  /** What its `yield*` delegates to. */
  target: unknown;
  outcome: { kind: "return" | "throw"; value: unknown };
  readonly loops: Loop[];
}

export function newFrame(id: number): Frame {
  return { id, state: "created", waits: "await", site: -1, object: undefined, target: undefined, outcome: { kind: "return", value: undefined }, loops: [] };
}

/** A frame suspended at a `yield*`, so calls on what it delegates to are its own calls forwarded. */
export function isDelegating(frame: Frame | undefined): frame is Frame {
  return frame?.state === "suspended" && frame.waits === "delegate";
}
