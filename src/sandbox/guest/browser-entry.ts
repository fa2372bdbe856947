/**
 * Bootstrap of the browser guest: a classic Worker started from a blob: URL inside the
 * sandbox iframe. It waits for `connect` from the frame, carrying a MessagePort (to the page, or
 * to the parent of a `runInWorker` child), then installs the guest core and waits for one `run`
 * on that channel. The frame starts `runInWorker` children from this same script.
 * Everything it posts or listens with was captured (captured.ts) before a snippet can run,
 * and `new Worker` is taken away from snippets.
 */
import type { SpawnWorker } from "../../runtime/nested-worker.ts";
import { clip } from "../protocol/clip.ts";
import { MAX_ERROR_MESSAGE } from "../protocol/limits.ts";
import type { EndWorkerMessage, GuestMessage, StartWorkerMessage } from "../protocol/messages.ts";
import { checkGuestMessage, isConnectMessage, workerFailure } from "../protocol/validate.ts";
import { captured } from "./captured.ts";
import { installGuest } from "./index.ts";
import { provideMissingFeatures } from "./missing-features.ts";
import { sealWorkers } from "./no-raw-workers.ts";

const { scope } = captured;
sealWorkers(globalThis);
// Before any snippet: what lowered code (and snippets) need but this engine may lack.
provideMissingFeatures();

const workerError = (message: string): GuestMessage => ({ type: "error", kind: "uncaught", name: "Error", message: clip(message, MAX_ERROR_MESSAGE), stack: "" });

/** Children by id, to hear of their failures: the frame starts them, so it sees their errors. */
const children = new Map<number, (reason: string) => void>();
let lastChildId = 0;

const spawnWorker: SpawnWorker = (request, listener) => {
  const id = ++lastChildId;
  const { port1: port, port2: childPort } = new captured.MessageChannel();
  // The frame starts the child (a nested `new Worker` can block this thread in Firefox) and hands it `childPort`.
  captured.postToParent({ type: "start-worker", id } satisfies StartWorkerMessage, [childPort]);
  let ended = false;
  const close = () => {
    ended = true;
    children.delete(id);
    captured.closePort(port);
    captured.postToParent({ type: "end-worker", id } satisfies EndWorkerMessage);
  };
  const end = () => {
    if (!ended) listener({ type: "done", time: 0, realTime: 0 });
    close();
  };
  children.set(id, (reason) => {
    if (ended) return;
    listener(workerError(reason));
    end();
  });
  captured.listen(port, "message", (event) => {
    if (ended) return;
    // The child runs a snippet's function: what it posts is checked like anything from a guest.
    const checked = checkGuestMessage(captured.data(event));
    if (!checked.ok) {
      listener(workerError(`the worker sent a message its parent does not accept (${checked.problem})`));
      return end();
    }
    if (checked.message.type === "ready") captured.postOnPort(port, request);
    else listener(checked.message);
  });
  captured.startPort(port);
  return close;
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
  });
  captured.listen(source, "message", (event) => guest.receive(captured.data(event)));
}

/** The frame says first which channel to talk on, then only that a child failed. */
const fromFrame = (event: Event) => {
  const data = captured.data(event);
  const failure = workerFailure(data);
  if (failure) return children.get(failure.id)?.(failure.message);
  const port = captured.ports(event)[0];
  if (!isConnectMessage(data) || !port || connected) return;
  connected = true;
  connect((message) => captured.postOnPort(port, message), port);
  captured.startPort(port);
};
let connected = false;
captured.listen(scope, "message", fromFrame);
