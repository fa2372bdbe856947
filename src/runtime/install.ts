import { RUNTIME_KEY } from "./names.ts";
import type { Runtime } from "./runtime.ts";

/**
 * Puts a runtime in place on `target` (the worker's global): timers, `Date`, `performance.now`
 * and `AbortSignal.timeout` on the run's clock, and the API where the facade finds it. Returns a function that undoes it.
 */
export function installGlobals(target: object, runtime: Runtime): () => void {
  const restorers: (() => void)[] = [];
  const replace = (owner: object, key: PropertyKey, value: unknown) => {
    const previous = Object.getOwnPropertyDescriptor(owner, key);
    Object.defineProperty(owner, key, { value, writable: true, configurable: true, enumerable: false });
    restorers.push(() => {
      if (previous) Object.defineProperty(owner, key, previous);
      else Reflect.deleteProperty(owner, key);
    });
  };
  const { timers, clock } = runtime;
  replace(target, "setTimeout", timers.setTimeout);
  replace(target, "setInterval", timers.setInterval);
  replace(target, "clearTimeout", timers.clearTimeout);
  replace(target, "clearInterval", timers.clearInterval);
  replace(target, "Date", runtime.Date);
  const { performance, AbortSignal } = target as { performance?: object; AbortSignal?: { timeout?: unknown } };
  if (performance) replace(performance, "now", () => clock.now());
  if (typeof AbortSignal?.timeout === "function") replace(AbortSignal, "timeout", (ms: number) => runtime.timeoutSignal(ms));
  replace(target, Symbol.for(RUNTIME_KEY), Object.freeze({ ...runtime.api }));
  return () => {
    for (const restore of restorers.reverse()) restore();
  };
}
