/**
 * Language features snippets may use that some engines lack, provided before any snippet runs.
 * WebKit 2.50 has no explicit resource management: the compiler lowers `using` / `await using`,
 * and both the lowered code and the snippet's own `[Symbol.dispose]()` need the same symbols.
 */

/** The global slots this file may fill. */
interface Slots {
  Symbol: SymbolConstructor & { dispose?: symbol; asyncDispose?: symbol };
  SuppressedError?: unknown;
}

/** An error thrown while disposing, when another was already being thrown (ES2026). */
function makeSuppressedError() {
  return class SuppressedError extends Error {
    readonly error: unknown;
    readonly suppressed: unknown;
    constructor(error: unknown, suppressed: unknown, message?: string) {
      super(message);
      this.name = "SuppressedError";
      this.error = error;
      this.suppressed = suppressed;
    }
  };
}

/** Fills in what `target` (a worker's global) lacks; leaves native features alone. */
export function provideMissingFeatures(target: object = globalThis): void {
  const slots = target as Slots;
  // The registry keys esbuild's helpers fall back to, so lowered code and snippets agree.
  for (const name of ["dispose", "asyncDispose"] as const) {
    if (typeof slots.Symbol[name] !== "symbol") {
      Object.defineProperty(slots.Symbol, name, { value: Symbol.for(`Symbol.${name}`), writable: false, enumerable: false, configurable: false });
    }
  }
  if (typeof slots.SuppressedError !== "function") {
    Object.defineProperty(target, "SuppressedError", { value: makeSuppressedError(), writable: true, enumerable: false, configurable: true });
  }
}
