import { MAX_ERROR_MESSAGE, WORKER_CAP } from "../protocol/limits";

/**
 * The sandbox iframe's document. It runs in an opaque origin (sandbox="allow-scripts", no
 * allow-same-origin) under a CSP that allows no network: blob: scripts and workers only.
 * It starts the guest worker from source the page sends and hands it the page's end of a private
 * MessageChannel; after that, page and worker talk directly, not through it. It also starts the
 * guest's `runInWorker` children, each connected to its parent by a channel of their own.
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
 * Runs inside the iframe: starts the guest worker and connects it to the page, then starts the
 * `runInWorker` children that worker asks for (within the cap: a snippet can post here too). It is
 * sent as source text, so it imports nothing: its checks of each message are written out here.
 */
function relay(maxMessage: number, cap: { live: number; total: number }): void {
  let worker: Worker | undefined;
  let scriptUrl = "";
  const children = new Map<number, Worker>();
  let started = 0;
  const toPage = (message: unknown) => parent.postMessage(message, "*");
  const clipped = (text: string) => (text.length > maxMessage ? `${text.slice(0, maxMessage - 1)}…` : text);
  const failed = (id: number, text: string) => worker?.postMessage({ type: "worker-failed", id, message: clipped(text) });

  const startChild = (id: number, port: MessagePort) => {
    if (children.has(id)) return;
    if (children.size >= cap.live || started >= cap.total) return failed(id, "too many workers");
    started++;
    const child = new Worker(scriptUrl);
    children.set(id, child);
    child.postMessage({ type: "connect" }, [port]);
    child.onerror = (error) => {
      error.preventDefault();
      failed(id, String(error.message || "The worker failed"));
    };
  };
  const endChild = (id: number) => {
    children.get(id)?.terminate();
    children.delete(id);
  };
  // Only the guest worker this frame started is heard, and only these two requests.
  const fromGuest = (event: MessageEvent) => {
    const message = event.data as { type?: unknown; id?: unknown } | null;
    const id = message?.id;
    if (typeof id !== "number") return;
    if (message?.type === "start-worker" && event.ports[0]) startChild(id, event.ports[0]);
    else if (message?.type === "end-worker") endChild(id);
  };

  addEventListener("message", (event: MessageEvent) => {
    if (event.source !== parent) return;
    const message = event.data as { type?: unknown; source?: unknown } | null;
    const port = event.ports[0];
    if (worker || message?.type !== "boot" || typeof message.source !== "string" || !port) return;
    scriptUrl = URL.createObjectURL(new Blob([message.source], { type: "text/javascript" }));
    worker = new Worker(scriptUrl);
    // Run messages and output skip this frame's thread, which may be busy making the next sandbox.
    worker.postMessage({ type: "connect" }, [port]);
    worker.onmessage = fromGuest;
    // A worker that fails to start or throws outside user code still ends the run with a message.
    // Its message is the guest's text: cut to what the page accepts (a 2^28-character message crashed the tab).
    worker.onerror = (error) => {
      toPage({ type: "error", kind: "uncaught", name: "Error", message: clipped(String(error.message || "The sandbox worker failed")), stack: "" });
    };
  });
  toPage({ type: "frame-ready" });
}

/** The srcdoc of a sandbox iframe. */
export function sandboxDocument(): string {
  return `<!doctype html><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${sandboxPolicy}"><script>(${relay.toString()})(${MAX_ERROR_MESSAGE}, ${JSON.stringify(WORKER_CAP)})</script>`;
}
