import * as esbuild from "esbuild";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { facadeSource } from "../../runtime/facade.ts";
import { createCompileService } from "./compile-service.ts";
import type { CompileRequest, CompileResponse } from "./worker-protocol.ts";

type Listener = (event: { data?: CompileResponse; message?: string; preventDefault(): void }) => void;

/** A stand-in for the browser's Worker that runs the compile service in-process with Node esbuild. */
class FakeWorker {
  static created: FakeWorker[] = [];
  /** Overrides how requests are answered, e.g. to reorder or crash. */
  static answer: (request: CompileRequest, handle: (request: CompileRequest) => Promise<CompileResponse>) => Promise<CompileResponse> =
    (request, handle) => handle(request);
  readonly listeners = new Map<string, Listener[]>();
  readonly handle = createCompileService({ esbuild, initialize: async () => {}, facadeSource: facadeSource() });
  terminated = false;

  constructor(readonly url: URL, readonly options: WorkerOptions) {
    FakeWorker.created.push(this);
  }
  addEventListener(type: string, listener: Listener) {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }
  emit(type: string, event: { data?: CompileResponse; message?: string }) {
    for (const listener of this.listeners.get(type) ?? []) listener({ ...event, preventDefault() {} });
  }
  postMessage(request: CompileRequest) {
    void FakeWorker.answer(request, this.handle).then((data) => {
      if (!this.terminated) this.emit("message", { data });
    });
  }
  terminate() {
    this.terminated = true;
  }
}

/** A fresh copy of client.ts: its singleton lives in module state. */
async function freshClient() {
  vi.resetModules();
  return import("./client.ts");
}

beforeEach(() => {
  FakeWorker.created = [];
  FakeWorker.answer = (request, handle) => handle(request);
  vi.stubGlobal("Worker", FakeWorker);
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe("compiler client", () => {
  it("starts no worker until asked", async () => {
    await freshClient();
    expect(FakeWorker.created).toHaveLength(0);
  });

  it("shares one module worker between every warm-up and compile", async () => {
    const client = await freshClient();
    const firstWarmUp = client.warmUp();
    expect(client.warmUp()).toBe(firstWarmUp);
    const [, first, second] = await Promise.all([
      firstWarmUp,
      client.compileInBrowser(`const a: number = 1;\nconsole.log(a);\n`),
      client.compileInBrowser(`import { sleep } from "interleave";\nawait sleep(1);\n`),
    ]);
    expect(first.ok && second.ok).toBe(true);
    expect(FakeWorker.created).toHaveLength(1);
    expect(FakeWorker.created[0]!.options).toMatchObject({ type: "module" });
    expect(FakeWorker.created[0]!.url.pathname).toMatch(/\/worker\.ts$/);
  });

  it("matches answers to requests by id when they arrive out of order", async () => {
    const client = await freshClient();
    const delays = [30, 0];
    FakeWorker.answer = async (request, handle) => {
      await new Promise((resolve) => setTimeout(resolve, delays.shift() ?? 0));
      return handle(request);
    };
    const [slow, fast] = await Promise.all([
      client.compileInBrowser(`console.log("slow");`),
      client.compileInBrowser(`const = "fast";`),
    ]);
    expect(slow.ok && slow.js).toContain(`console.log("slow")`);
    expect(fast.ok).toBe(false);
  });

  it("returns diagnostics for a broken snippet, as the build does", async () => {
    const client = await freshClient();
    expect(await client.compileInBrowser(`import x from "lodash";\nconsole.log(x);\n`)).toEqual({
      ok: false,
      diagnostics: [
        { message: `Cannot import "lodash": snippets may import only "interleave".`, line: 1, column: 15, length: 8 },
      ],
    });
  });

  it("rejects when the compiler crashes and starts a fresh worker next time", async () => {
    const client = await freshClient();
    FakeWorker.answer = async (request) => ({ id: request.id, outcome: "crashed", message: "wasm fetch failed" });
    await expect(client.warmUp()).rejects.toThrow("The compiler failed: wasm fetch failed");
    expect(FakeWorker.created[0]!.terminated).toBe(true);

    FakeWorker.answer = (request, handle) => handle(request);
    await expect(client.warmUp()).resolves.toBeUndefined();
    expect(FakeWorker.created).toHaveLength(2);
  });

  it("rejects what is pending when the worker script fails to load", async () => {
    const client = await freshClient();
    FakeWorker.answer = () => new Promise(() => {});
    const compiling = client.compileInBrowser(`console.log(1);`);
    FakeWorker.created[0]!.emit("error", { message: "404" });
    await expect(compiling).rejects.toThrow("The compiler failed to start: 404");
  });
});
