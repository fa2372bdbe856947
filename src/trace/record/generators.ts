/**
 * Lets the tracer see every `next(v)`, `throw(e)` and `return(v)` on generator objects — the user's
 * own calls and those `for…of`, spread, `yield*` and `for await` make — by replacing the three
 * methods on the shared generator prototypes with wrappers that report, then call the original
 * with the same receiver and arguments and return its result unchanged.
 */

export type GeneratorMethod = "next" | "throw" | "return";

export interface GeneratorCallObserver {
  /** Called around each call; must call `invoke` exactly once and return what it returns. */
  request<R>(object: unknown, method: GeneratorMethod, value: unknown, async: boolean, invoke: () => R): R;
}

const METHODS: readonly GeneratorMethod[] = ["next", "throw", "return"];

/** %GeneratorPrototype% and %AsyncGeneratorPrototype%. */
function generatorPrototypes(): { prototype: Record<GeneratorMethod, Function>; async: boolean }[] {
  const sync = Object.getPrototypeOf(function* () {}).prototype as Record<GeneratorMethod, Function>;
  const async = Object.getPrototypeOf(async function* () {}).prototype as Record<GeneratorMethod, Function>;
  return [
    { prototype: sync, async: false },
    { prototype: async, async: true },
  ];
}

/** Installs the wrappers (for the rest of this worker's life: a sandbox runs once). */
export function observeGeneratorCalls(observer: GeneratorCallObserver): void {
  for (const { prototype, async } of generatorPrototypes()) {
    for (const method of METHODS) {
      const original = prototype[method];
      const descriptor = Object.getOwnPropertyDescriptor(prototype, method);
      // A method shorthand: same name, length 1 and no [[Construct]], like the built-in.
      const wrapper = {
        [method](this: unknown, value: unknown) {
          const args = arguments;
          return observer.request(this, method, value, async, () => Reflect.apply(original, this, args));
        },
      }[method];
      Object.defineProperty(prototype, method, { ...descriptor, value: wrapper });
    }
  }
}
