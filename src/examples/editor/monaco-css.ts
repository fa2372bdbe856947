/**
 * Where Monaco's stylesheets go: added when Monaco's own code first runs, so they arrive with the
 * editor and never block an article's first paint. The build plugin (vite-plugin-css.ts) turns
 * each Monaco `import "./x.css"` into a call to `addMonacoCss`.
 */
let pending: string[] = [];

/**
 * Queues one stylesheet; the queue becomes a single <style> at the end of the current task.
 * Why batch: appending ~60 pieces to one live <style> made Chromium re-parse the whole sheet each
 * time (about 0.9 s of Edit → typing on a busy machine).
 */
export function addMonacoCss(css: string): void {
  if (typeof document === "undefined") return;
  if (pending.length === 0) queueMicrotask(flushMonacoCss);
  pending.push(css);
}

/** Puts the queued stylesheets into the page now (before measuring fonts for a new editor). */
export function flushMonacoCss(): void {
  if (pending.length === 0) return;
  const style = document.createElement("style");
  style.dataset.monaco = "";
  style.textContent = pending.join("\n");
  pending = [];
  document.head.append(style);
}
