/** Where the guest installs the runtime's API; the facade and nested workers read it from there. */
export const RUNTIME_KEY = "interleave.runtime";

/** Every export of the `interleave` module, in the order of RUNTIME-API.md. */
export const API_NAMES = [
  "sleep",
  "sleepSync",
  "now",
  "elapsed",
  "task",
  "download",
  "seed",
  "asCompleted",
  "runInWorker",
] as const;

export type ApiName = (typeof API_NAMES)[number];

/** `globalThis[Symbol.for("interleave.runtime")]` as JavaScript source. */
export const RUNTIME_EXPRESSION = `globalThis[Symbol.for(${JSON.stringify(RUNTIME_KEY)})]`;
