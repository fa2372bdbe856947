import { MAX_ERROR_MESSAGE } from "../protocol/limits";

/**
 * The sandbox iframe's document. It runs in an opaque origin (sandbox="allow-scripts", no
 * allow-same-origin) under a CSP that allows no network: blob: scripts and workers only.
 * Its one job is to start the guest worker from source the page sends and hand it the page's
 * end of a private MessageChannel; after that, page and worker talk directly, not through it.
 */
export const sandboxPolicy = [
  "default-src 'none'",
  "script-src 'unsafe-inline' 'unsafe-eval' blob:",
  "worker-src blob:",
  "connect-src 'none'",
  "img-src 'none'",
  "style-src 'none'",
  "font-src 'none'",
  "form-action 'none'",
].join("; ");

/**
 * Runs inside the iframe: starts the guest worker and connects it to the page. It is sent as
 * source text, so it imports nothing: its checks of the handshake are written out here.
 */
function relay(maxMessage: number): void {
  let worker: Worker | undefined;
  const toPage = (message: unknown) => parent.postMessage(message, "*");
  addEventListener("message", (event: MessageEvent) => {
    if (event.source !== parent) return;
    const message = event.data as { type?: unknown; source?: unknown } | null;
    const port = event.ports[0];
    if (worker || message?.type !== "boot" || typeof message.source !== "string" || !port) return;
    worker = new Worker(URL.createObjectURL(new Blob([message.source], { type: "text/javascript" })));
    // Run messages and output skip this frame's thread, which may be busy making the next sandbox.
    worker.postMessage({ type: "connect" }, [port]);
    // A worker that fails to start or throws outside user code still ends the run with a message.
    // Its message is the guest's text: cut to what the page accepts (a 2^28-character message crashed the tab).
    worker.onerror = (error) => {
      const text = String(error.message || "The sandbox worker failed");
      toPage({ type: "error", kind: "uncaught", name: "Error", message: text.length > maxMessage ? `${text.slice(0, maxMessage - 1)}…` : text, stack: "" });
    };
  });
  toPage({ type: "frame-ready" });
}

/** The srcdoc of a sandbox iframe. */
export function sandboxDocument(): string {
  return `<!doctype html><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${sandboxPolicy}"><script>(${relay.toString()})(${MAX_ERROR_MESSAGE})</script>`;
}
