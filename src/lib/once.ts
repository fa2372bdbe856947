/**
 * Memoises an async load (a module, a compiler, a worker's source): every caller shares one
 * attempt while it runs and its result once it succeeds; a failed attempt is forgotten, so the
 * next call tries again instead of failing forever until reload.
 */
export function once<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () => {
    pending ??= load().catch((error: unknown) => {
      pending = undefined;
      throw error;
    });
    return pending;
  };
}
