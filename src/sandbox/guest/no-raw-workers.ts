/** What a snippet is told when it calls `new Worker`. */
export const NO_RAW_WORKERS = 'new Worker is not available in examples: use runInWorker from "interleave"';

/**
 * Takes `Worker` away from snippets: a worker they started would run without the guest (no caps,
 * no clock, no Stop) and could start thousands more (`for (;;) new Worker(url)` froze the whole
 * browser). `runInWorker` keeps the constructor the guest captured first. `instanceof Worker` still holds.
 */
export function sealWorkers(global: object): void {
  const RealWorker = (global as { Worker?: unknown }).Worker;
  if (typeof RealWorker !== "function") return;
  const Worker = function Worker() {
    throw new Error(NO_RAW_WORKERS);
  };
  Worker.prototype = RealWorker.prototype as object;
  // A worker's prototype would otherwise lead back to the real constructor.
  Object.defineProperty(RealWorker.prototype, "constructor", { value: Worker, writable: true, configurable: true });
  Object.defineProperty(global, "Worker", { value: Worker, writable: true, configurable: true, enumerable: false });
}
