// The compiler worker: esbuild-wasm, initialised once, shared by every example on the page.
import * as esbuild from "esbuild-wasm/esm/browser.js";
import wasmURL from "esbuild-wasm/esbuild.wasm?url";
import { facadeSource } from "../../runtime/facade.ts";
import { createCompileService } from "./compile-service.ts";
import type { CompileRequest, CompileResponse } from "./worker-protocol.ts";

/** The part of a dedicated worker's global we use (the project's types are DOM's, not webworker's). */
interface CompilerWorkerScope {
  addEventListener(type: "message", listener: (event: MessageEvent<CompileRequest>) => void): void;
  postMessage(message: CompileResponse): void;
}

const handle = createCompileService({
  esbuild,
  // We are already off the main thread: esbuild need not start a worker of its own.
  initialize: () => esbuild.initialize({ wasmURL, worker: false }),
  facadeSource: facadeSource(),
});

const scope = globalThis as unknown as CompilerWorkerScope;
scope.addEventListener("message", (event) => {
  void handle(event.data).then((response) => scope.postMessage(response));
});
