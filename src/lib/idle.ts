/**
 * Runs `task` once the main thread is idle, and after `timeout` ms at the latest. Safari has no
 * requestIdleCallback: a short timer stands in.
 */
export function whenIdle(task: () => void, timeout = 1000): void {
  if ("requestIdleCallback" in window) requestIdleCallback(() => task(), { timeout });
  else setTimeout(task, Math.min(timeout, 200));
}
