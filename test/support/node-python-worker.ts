/**
 * A Node child process that loads Pyodide once and then runs one Python run after another, each
 * with a fresh guest on pristine globals (the interpreter is the slow part: ~2 s to start).
 * `start` installs a new guest; its `ready`, `python-ready` and run messages go back as usual.
 */
import { createRequire } from "node:module";
import { dirname } from "node:path";
import { pathToFileURL } from "node:url";
import { installGuest, type Guest } from "../../src/sandbox/guest/index.ts";
import { type LoadedPyodide, preparePython } from "../../src/sandbox/guest/python/engine.ts";
import { RUNTIME_KEY } from "../../src/runtime/names.ts";

const send = process.send?.bind(process);
if (!send) throw new Error("node-python-worker must run as a child process with an IPC channel");
const indexURL = `${dirname(createRequire(`${process.cwd()}/`).resolve("pyodide/package.json"))}/`;
const engine = import(/* @vite-ignore */ pathToFileURL(`${indexURL}pyodide.mjs`).href).then(async ({ loadPyodide }) =>
  preparePython((await loadPyodide({ indexURL })) as LoadedPyodide),
);

/** What a run patches on the global object, as it was before the first run. */
const performance = globalThis.performance;
const saved: [object, PropertyKey, PropertyDescriptor | undefined][] = [
  ...["setTimeout", "setInterval", "clearTimeout", "clearInterval", "Date", "console", Symbol.for(RUNTIME_KEY), Symbol.for("interleave.guest")].map(
    (key) => [globalThis, key, Object.getOwnPropertyDescriptor(globalThis, key)] as [object, PropertyKey, PropertyDescriptor | undefined],
  ),
  [performance, "now", Object.getOwnPropertyDescriptor(performance, "now")],
  [AbortSignal, "timeout", Object.getOwnPropertyDescriptor(AbortSignal, "timeout")],
];
function restoreGlobals(): void {
  for (const [owner, key, descriptor] of saved) {
    if (descriptor) Object.defineProperty(owner, key, descriptor);
    else Reflect.deleteProperty(owner, key);
  }
}

const postToRunner = (message: unknown) => void send(message);
let guest: Guest | undefined;
process.on("message", (message: { type?: string }) => {
  if (message?.type !== "start") return guest?.receive(message);
  restoreGlobals();
  process.removeAllListeners("uncaughtException");
  process.removeAllListeners("unhandledRejection");
  guest = installGuest({
    post: (out) => postToRunner(out),
    moduleUrl: () => {
      throw new Error("a Python worker runs no modules");
    },
    onUncaughtError: (listener) => void process.on("uncaughtException", listener),
    onUnhandledRejection: (listener) => void process.on("unhandledRejection", listener),
    loadPython: () => engine,
  });
  guest.receive({ type: "load-python", files: {} });
});
