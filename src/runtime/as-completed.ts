/** Like `asyncio.as_completed`: the i-th returned promise settles like the i-th input to settle. */
export function asCompleted<T>(promises: Iterable<T | PromiseLike<T>>): Promise<Awaited<T>>[] {
  const inputs = [...promises];
  const settlers: { resolve(value: Awaited<T>): void; reject(reason: unknown): void }[] = [];
  const outputs = inputs.map(
    () => new Promise<Awaited<T>>((resolve, reject) => void settlers.push({ resolve, reject })),
  );
  let settled = 0;
  for (const input of inputs) {
    Promise.resolve(input).then(
      (value) => settlers[settled++]?.resolve(value),
      (reason: unknown) => settlers[settled++]?.reject(reason),
    );
  }
  return outputs;
}
