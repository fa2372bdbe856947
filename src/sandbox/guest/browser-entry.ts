/**
 * Bootstrap of the browser guest: a classic Worker started from a blob: URL inside the
 * sandbox iframe. It waits for `connect` (carrying a MessagePort to the page, from the
 * iframe; none from a parent worker), then installs the guest core and waits for one `run`
 * on that channel. Nested workers for `runInWorker` are started from this same script.
 * Everything it posts or listens with was captured (captured.ts) before a snippet can run,
 * and `new Worker` is taken away from snippets.
 */
import type { SpawnWorker } from "../../runtime/nested-worker.ts";
import { clip } from "../protocol/clip.ts";
import { MAX_ERROR_MESSAGE } from "../protocol/limits.ts";
import type { GuestMessage } from "../protocol/messages.ts";
import { checkGuestMessage, isConnectMessage } from "../protocol/validate.ts";
import { captured } from "./captured.ts";
import { installGuest } from "./index.ts";
import { provideMissingFeatures } from "./missing-features.ts";
import { loadPythonFromFiles } from "./python/load-in-browser.ts";
import { sealWorkers } from "./no-raw-workers.ts";

const { scope } = captured;
sealWorkers(globalThis);
// Before any snippet: what lowered code (and snippets) need but this engine may lack.
provideMissingFeatures();

const workerError = (message: string): GuestMessage => ({ type: "error", kind: "uncaught", name: "Error", message: clip(message, MAX_ERROR_MESSAGE), stack: "" });

const spawnWorker: SpawnWorker = (request, listener) => {
  const child = new captured.Worker(captured.scriptUrl);
  captured.postToWorker(child, { type: "connect" }); // no port: the child talks to this worker
  let ended = false;
  const end = () => {
    if (!ended) listener({ type: "done", time: 0, realTime: 0 });
    ended = true;
    captured.terminate(child);
  };
  captured.listen(child, "message", (event) => {
    if (ended) return;
    // The child runs a snippet's function: what it posts is checked like anything from a guest.
    const checked = checkGuestMessage(captured.data(event));
    if (!checked.ok) {
      listener(workerError(`the worker sent a message its parent does not accept (${checked.problem})`));
      return end();
    }
    if (checked.message.type === "ready") captured.postToWorker(child, request);
    else listener(checked.message);
  });
  captured.listen(child, "error", (event) => {
    captured.preventDefault(event);
    if (!ended) listener(workerError(captured.messageOf(event)));
    end();
  });
  return () => {
    ended = true;
    captured.terminate(child);
  };
};

/** Installs the guest on this channel: `post` sends to it, `source` is where its messages arrive. */
function connect(post: (message: GuestMessage) => void, source: EventTarget): void {
  const guest = installGuest({
    post,
    moduleUrl: (code) => URL.createObjectURL(new Blob([code], { type: "text/javascript" })),
    revokeModuleUrl: (url) => URL.revokeObjectURL(url),
    onUncaughtError: (listener) =>
      captured.listen(scope, "error", (event) => {
        captured.preventDefault(event);
        listener(captured.errorOf(event) ?? new Error(captured.messageOf(event)));
      }),
    onUnhandledRejection: (listener) =>
      captured.listen(scope, "unhandledrejection", (event) => {
        captured.preventDefault(event);
        listener(captured.reasonOf(event));
      }),
    spawnWorker,
    loadPython: loadPythonFromFiles,
  });
  captured.listen(source, "message", (event) => guest.receive(captured.data(event)));
}

const onConnect = (event: Event) => {
  if (!isConnectMessage(captured.data(event))) return;
  captured.unlisten(scope, "message", onConnect);
  const port = captured.ports(event)[0];
  if (!port) return connect(captured.postToParent, scope);
  connect((message) => captured.postOnPort(port, message), port);
  captured.startPort(port);
};
captured.listen(scope, "message", onConnect);
