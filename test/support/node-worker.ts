/**
 * Bootstrap of a Node worker thread running one guest (the Node runner bundles this file and
 * starts it with `eval`). `workerData.bundle` is this bundle's own source, so `runInWorker`
 * children are started the same way.
 */
import { parentPort, Worker, workerData } from "node:worker_threads";
import type { SpawnWorker } from "../../src/runtime/nested-worker.ts";
import { installGuest } from "../../src/sandbox/guest/index.ts";
import { checkGuestMessage } from "../../src/sandbox/protocol/validate.ts";

const bundle = (workerData as { bundle: string }).bundle;
const port = parentPort;
if (!port) throw new Error("node-worker must run in a worker thread");

const spawnWorker: SpawnWorker = (request, listener) => {
  const worker = new Worker(bundle, { eval: true, workerData: { bundle } });
  let ended = false;
  const end = () => {
    if (!ended) listener({ type: "done", time: 0, realTime: 0 });
    ended = true;
  };
  worker.on("message", (data: unknown) => {
    if (ended) return;
    const checked = checkGuestMessage(data);
    if (!checked.ok) {
      listener({ type: "error", kind: "uncaught", name: "Error", message: `the worker sent a message its parent does not accept (${checked.problem})`, stack: "" });
      ended = true;
      listener({ type: "done", time: 0, realTime: 0 });
      return void worker.terminate();
    }
    if (checked.message.type === "ready") worker.postMessage(request);
    else listener(checked.message);
  });
  worker.on("error", (error) => {
    if (!ended) listener({ type: "error", kind: "uncaught", name: error.name, message: error.message, stack: String(error.stack) });
    end();
  });
  worker.on("exit", end);
  return () => {
    ended = true;
    void worker.terminate();
  };
};

// Bound now, before a snippet can patch MessagePort.prototype.postMessage (as the browser guest does).
const postToRunner = port.postMessage.bind(port);
const guest = installGuest({
  post: (message) => postToRunner(message),
  moduleUrl: (code) => `data:text/javascript;base64,${Buffer.from(code).toString("base64")}`,
  onUncaughtError: (listener) => void process.on("uncaughtException", listener),
  onUnhandledRejection: (listener) => void process.on("unhandledRejection", listener),
  spawnWorker,
});
port.on("message", (message: unknown) => guest.receive(message));
