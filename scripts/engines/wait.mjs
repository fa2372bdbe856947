// Polling instead of sleeping: wait for a condition, give up with a clear message after a timeout.

/** Resolves with the first truthy value of `condition()` (sync or async), polled every `interval` ms. */
export async function waitUntil(condition, { timeout = 10_000, interval = 100, what = "a condition" } = {}) {
  const deadline = Date.now() + timeout;
  let lastError;
  for (;;) {
    try {
      const value = await condition();
      if (value) return value;
    } catch (error) {
      lastError = error; // e.g. a page still navigating: try again until the deadline
    }
    if (Date.now() > deadline) {
      throw new Error(`Timed out after ${timeout} ms waiting for ${what}${lastError ? ` (last error: ${String(lastError).split("\n")[0]})` : ""}`);
    }
    await new Promise((resolve) => setTimeout(resolve, interval));
  }
}
