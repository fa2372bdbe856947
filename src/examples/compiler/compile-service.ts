import { compileSnippet, type EsbuildApi } from "../../code/compile.ts";
import type { CompileRequest, CompileResponse } from "./worker-protocol.ts";
import { once } from "../../lib/once.ts";

/** A snippet that touches the plugin and the facade, so the warm-up build exercises the real path. */
const WARM_UP_SNIPPET = `import { sleep } from "interleave";\nconst pause: number = 0;\nawait sleep(pause);\n`;

export interface CompileServiceOptions {
  esbuild: EsbuildApi;
  /** Starts esbuild; called at most once (esbuild-wasm refuses a second `initialize`). */
  initialize: () => Promise<void>;
  facadeSource: string;
}

/** Answers compiler requests inside the worker: initialises once, warms up once, compiles on demand. */
export function createCompileService({ esbuild, initialize, facadeSource }: CompileServiceOptions) {
  // Not once(): a failed start is kept, never retried — esbuild-wasm refuses a second `initialize`; the page replaces the worker instead.
  let initialized: Promise<void> | undefined;
  const ready = () => (initialized ??= initialize());
  const warmUp = once(() =>
    ready()
      .then(() => compileSnippet(esbuild, WARM_UP_SNIPPET, facadeSource))
      .then(() => undefined),
  );

  return async function handle(request: CompileRequest): Promise<CompileResponse> {
    try {
      if (request.kind === "warm-up") {
        await warmUp();
        return { id: request.id, outcome: "warm" };
      }
      await ready();
      return { id: request.id, outcome: "compiled", result: await compileSnippet(esbuild, request.source, facadeSource) };
    } catch (error) {
      return { id: request.id, outcome: "crashed", message: error instanceof Error ? error.message : String(error) };
    }
  };
}
