/**
 * `interleave` — the one module a snippet may import.
 *
 * Time: `setTimeout`, `setInterval`, `Date.now()`, `performance.now()`, `sleep` and `now` all run on
 * the run's logical clock, which is exact: it moves when a timer fires (to its due time), by
 * `sleepSync`, and only by real CPU work that keeps one turn busy for more than ~100 ms. The page
 * paces it: at scale S (fence meta `scale=S`) it runs S× faster than real time. Tests skip the
 * waiting, so they print the same numbers at once. Order is never changed: microtasks before
 * timers, timers by due time then by creation order.
 */

/**
 * Wait `ms` logical milliseconds without blocking the loop — like `asyncio.sleep`.
 * Other tasks and timers run meanwhile.
 * @example await sleep(1000); // one second later on the run's clock
 */
export function sleep(ms: number): Promise<void>;

/**
 * Block the whole thread for `ms` logical milliseconds — like `time.sleep`. Nothing else runs
 * meanwhile: no timers, no other tasks, no promise callbacks.
 * @example sleepSync(1000); // the thread is stuck for one second
 */
export function sleepSync(ms: number): void;

/** Logical milliseconds since Run, on the run's exact clock (paced to real time × scale on the page). */
export function now(): number;

/**
 * Logical time since Run as seconds with two decimals, e.g. "3.00s" — handy in printed lines.
 * @example console.log(`${elapsed()} done`); // "3.00s done"
 */
export function elapsed(): string;

/**
 * Run `fn` as a named task: it gets a lane on the timeline and logs inside carry its name.
 * Resolves (or rejects) like `fn`'s result.
 * @example await Promise.all([task("A", () => countdown(3)), task("B", () => countdown(2))]);
 */
export function task<T>(name: string, fn: () => T | Promise<T>): Promise<T>;

/** What a simulated download delivers. */
export interface Download {
  /** The name it was asked for. */
  name: string;
  /** Its size: from the seeded random source, 2,000..20,000. */
  bytes: number;
  /** How long it took, in logical ms. */
  ms: number;
}

/** Options of a simulated download. */
export interface DownloadOptions {
  /** Latency in logical ms; default: seeded random, 100..1000 rounded to 10 ms. */
  latency?: number;
  /** Fail for sure (`true`) or never (`false`); overrides `failRate`. */
  fail?: boolean;
  /** Probability of failure, 0..1, drawn from the seeded random source. */
  failRate?: number;
  /**
   * Abort the download, as `fetch` takes one: once the signal aborts (before or during the
   * download) it rejects at once with the signal's reason — a `DOMException` named "AbortError"
   * after `controller.abort()`, "TimeoutError" from `AbortSignal.timeout`.
   */
  signal?: AbortSignal;
}

/**
 * Simulated network (offline stand-in for the seeds' downloads): seeded latency and size.
 * A failed download rejects with `Error("download failed: <name>")` after its latency; an aborted
 * one rejects at the abort with the signal's reason (an "AbortError" `DOMException`), like `fetch`.
 * @example const { bytes, ms } = await download("flags/fr.gif");
 * @example const flag = await download("flags/fr.gif", { signal: AbortSignal.timeout(500) });
 */
export function download(name: string, options?: DownloadOptions): Promise<Download>;

/** Re-seed the simulated network's random source (default seed: 42). */
export function seed(n: number): void;

/**
 * Like `asyncio.as_completed`: promises that settle in completion order.
 * @example for (const next of asCompleted(names.map((n) => download(n)))) console.log((await next).name);
 */
export function asCompleted<T>(promises: Iterable<T | PromiseLike<T>>): Promise<Awaited<T>>[];

/**
 * Like `loop.run_in_executor`: run `fn(...args)` in a nested worker. `fn` travels as source text:
 * it may use its arguments, globals and the interleave functions, not the snippet's other variables.
 * Arguments and the result are copied (structured clone).
 * @example const total = await runInWorker((n: number) => { let s = 0; for (let i = 0; i < n; i++) s += i; return s; }, 1e7);
 */
export function runInWorker<A extends unknown[], R>(fn: (...args: A) => R, ...args: A): Promise<Awaited<R>>;
