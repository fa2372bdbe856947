// The page's door to the compiler worker. Import it with `import()`: never on first paint.
import type { CompileResult } from "../../code/types.ts";
import { pageLocale, t } from "../../lib/i18n";
import type { CompileRequestBody, CompileResponse } from "./worker-protocol.ts";
import { once } from "../../lib/once.ts";

interface PendingRequest {
  resolve: (response: CompileResponse) => void;
  reject: (error: Error) => void;
}

interface Compiler {
  worker: Worker;
  pending: Map<number, PendingRequest>;
  /** One throwaway build per worker: a replaced worker warms up again. */
  warmUp: () => Promise<void>;
}

let compiler: Compiler | undefined;
let nextRequestId = 1;

/** Ends the worker and fails what it still owed; the next request starts a fresh one. */
function discardCompiler(failed: Compiler, error: Error): void {
  failed.worker.terminate();
  for (const request of failed.pending.values()) request.reject(error);
  failed.pending.clear();
  if (compiler === failed) compiler = undefined;
}

/** The page's one compiler worker, started on first need. */
function compilerWorker(): Compiler {
  if (compiler) return compiler;
  const worker = new Worker(new URL("./worker.ts", import.meta.url), { type: "module", name: "interleave-compiler" });
  const started: Compiler = { worker, pending: new Map(), warmUp: once(() => request({ kind: "warm-up" }, started).then(() => undefined)) };
  worker.addEventListener("message", (event: MessageEvent<CompileResponse>) => {
    const request = started.pending.get(event.data.id);
    started.pending.delete(event.data.id);
    request?.resolve(event.data);
  });
  worker.addEventListener("error", (event) => {
    event.preventDefault();
    discardCompiler(started, new Error(t(pageLocale(), "example.compilerFailedToStart", { message: event.message || "worker error" })));
  });
  compiler = started;
  return started;
}

/** Sends one request and waits for its answer; a compiler crash rejects and retires the worker. */
async function request(body: CompileRequestBody, target = compilerWorker()): Promise<CompileResponse> {
  const id = nextRequestId++;
  const response = await new Promise<CompileResponse>((resolve, reject) => {
    target.pending.set(id, { resolve, reject });
    target.worker.postMessage({ ...body, id });
  });
  if (response.outcome === "crashed") {
    const error = new Error(t(pageLocale(), "example.compilerFailed", { message: response.message }));
    // esbuild-wasm cannot initialise twice in one worker, so a crashed one is replaced.
    discardCompiler(target, error);
    throw error;
  }
  return response;
}

/** Starts the compiler and runs one throwaway build, once per page; call it when a reader shows intent. */
export function warmUp(): Promise<void> {
  return compilerWorker().warmUp();
}

/** Compiles a reader's edited snippet in the compiler worker (the same options as the build). */
export async function compileInBrowser(source: string): Promise<CompileResult> {
  const response = await request({ kind: "compile", source });
  if (response.outcome !== "compiled") throw new Error(`unexpected compiler answer: ${response.outcome}`);
  return response.result;
}
