/**
 * Bootstrap of the browser guest: a classic Worker started from a blob: URL inside the
 * sandbox iframe. It waits for `connect` (carrying a MessagePort to the page, from the
 * iframe; none from a parent worker), then installs the guest core and waits for one `run`
 * on that channel. Nested workers for `runInWorker` are started from this same script.
 */
import type { GuestMessage } from "../protocol/messages.ts";
import type { SpawnWorker } from "../../runtime/nested-worker.ts";
import { isGuestMessage } from "../protocol/messages.ts";
import { installGuest } from "./index.ts";
import { provideMissingFeatures } from "./missing-features.ts";

// Before any snippet: what lowered code (and snippets) need but this engine may lack.
provideMissingFeatures();

/** The worker global, typed with just what this file uses (the site's lib is DOM, not WebWorker). */
const self = globalThis as unknown as {
  location: { href: string };
  postMessage(message: unknown): void;
  addEventListener(type: "message", listener: (event: MessageEvent) => void): void;
  addEventListener(type: "error", listener: (event: ErrorEvent) => void): void;
  addEventListener(type: "unhandledrejection", listener: (event: PromiseRejectionEvent) => void): void;
  removeEventListener(type: "message", listener: (event: MessageEvent) => void): void;
};

/** Where the guest's messages go and come from: a port to the page, or the parent worker. */
interface Channel {
  postMessage(message: unknown): void;
  addEventListener(type: "message", listener: (event: MessageEvent) => void): void;
}

const spawnWorker: SpawnWorker = (request, listener) => {
  const child = new Worker(self.location.href);
  child.postMessage({ type: "connect" }); // no port: the child talks to this worker
  let ended = false;
  const end = () => {
    if (!ended) listener({ type: "done", time: 0, realTime: 0 });
    ended = true;
  };
  child.onmessage = (event: MessageEvent) => {
    const message: unknown = event.data;
    if (!isGuestMessage(message) || ended) return;
    if (message.type === "ready") child.postMessage(request);
    else listener(message);
  };
  child.onerror = (event) => {
    event.preventDefault();
    if (!ended) listener({ type: "error", kind: "uncaught", name: "Error", message: event.message, stack: "" });
    end();
  };
  return () => {
    ended = true;
    child.terminate();
  };
};

function connect(channel: Channel): void {
  const guest = installGuest({
    post: (message: GuestMessage) => channel.postMessage(message),
    moduleUrl: (code) => URL.createObjectURL(new Blob([code], { type: "text/javascript" })),
    revokeModuleUrl: (url) => URL.revokeObjectURL(url),
    onUncaughtError: (listener) =>
      self.addEventListener("error", (event) => {
        event.preventDefault();
        listener(event.error ?? new Error(event.message));
      }),
    onUnhandledRejection: (listener) =>
      self.addEventListener("unhandledrejection", (event) => {
        event.preventDefault();
        listener(event.reason);
      }),
    spawnWorker,
  });
  channel.addEventListener("message", (event) => guest.receive(event.data));
}

const onConnect = (event: MessageEvent) => {
  if ((event.data as { type?: unknown } | null)?.type !== "connect") return;
  self.removeEventListener("message", onConnect);
  const port = event.ports[0];
  connect(port ?? self);
  port?.start();
};
self.addEventListener("message", onConnect);
