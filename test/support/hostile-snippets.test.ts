/**
 * The hostile corpus of issue 17, run through the real guest in Node: each snippet is the
 * reproduction from the issue, and each test says what now holds instead.
 */
import { describe, expect, it } from "vitest";
import { MAX_ERROR_MESSAGE, MAX_LINE_LENGTH } from "../../src/sandbox/protocol/limits.ts";
import { runInNode } from "./node-runner.ts";
import { bundleSnippet } from "./test-bundle.ts";

const run = async (source: string, options?: Parameters<typeof runInNode>[1]) => runInNode(await bundleSnippet(source), options);
const texts = (result: { lines: { text: string }[] }) => result.lines.map((line) => line.text);

/** What a snippet uses in Node to speak the runner's protocol directly (a browser snippet has no such door). */
const runnerPort = `(await import(["node", "worker_threads"].join(":"))).parentPort`;

describe("hostile snippets in the guest", () => {
  it("throw new Error('M'.repeat(2 ** 28)) reports a cut message and the run ends", async () => {
    const result = await run(`throw new Error("M".repeat(2 ** 28));`);
    expect(result.refused).toBeUndefined();
    expect(result.error?.message).toHaveLength(MAX_ERROR_MESSAGE);
    expect(result.error?.message).toMatch(/^M+…$/);
  }, 30_000);

  it("patching MessagePort.prototype.postMessage never hands the snippet the channel", async () => {
    const result = await run(`
      let captured: unknown;
      const post = MessagePort.prototype.postMessage;
      MessagePort.prototype.postMessage = function (this: MessagePort, ...args: unknown[]) {
        captured ??= this;
        return post.apply(this, args as [unknown]);
      };
      console.log("first line");
      console.log("captured:", captured !== undefined);
    `);
    expect(texts(result)).toEqual(["first line", "captured: false"]);
  });

  it("2,000 runInWorker calls start 16 at once and 64 in all; the rest fail with a clear error", async () => {
    const result = await run(`
      import { runInWorker, sleep } from "interleave";
      const outcomes = await Promise.allSettled(Array.from({ length: 2000 }, () => runInWorker(() => 1)));
      const failures = outcomes.filter((outcome) => outcome.status === "rejected").map((outcome) => String((outcome as PromiseRejectedResult).reason.message));
      console.log("ran:", outcomes.length - failures.length, "refused:", failures.length);
      console.log(failures[0]);
      for (let wave = 0; wave < 3; wave++) await Promise.all(Array.from({ length: 16 }, () => runInWorker(() => 1)));
      await runInWorker(() => 1).catch((error: Error) => console.log(error.message));
    `, { realTimeLimit: 50_000 });
    expect(texts(result)).toEqual([
      "ran: 16 refused: 1984",
      "runInWorker: at most 16 workers can run at once in an example",
      "runInWorker: an example can start at most 64 workers",
    ]);
  }, 60_000);

  it("runInWorker inside runInWorker is refused, so workers cannot multiply past the cap", async () => {
    const result = await run(`
      import { runInWorker } from "interleave";
      try { await runInWorker(async () => runInWorker(() => 1)); } catch (error) { console.log((error as Error).message); }
    `);
    expect(texts(result)).toEqual(["runInWorker cannot be called inside a worker started by runInWorker"]);
  }, 30_000);

  it("a forged 100 MB log line is refused, and the run stopped", async () => {
    const result = await run(`${runnerPort}.postMessage({ type: "logs", lines: [{ level: "log", text: "x".repeat(100 * 2 ** 20), time: 0 }] });`);
    expect(result.refused).toMatch(new RegExp(`longer than ${MAX_LINE_LENGTH}`));
  }, 30_000);

  it("a forged trace batch claiming 1e9 numbers is refused without allocating them", async () => {
    const result = await run(`
      const numbers = new Float64Array([3, 0, 0, 0, 0, 0, 0, 0, 0, NaN, NaN, 1e9]);
      ${runnerPort}.postMessage({ type: "trace", batch: { numbers, strings: ["x"] } });
    `);
    expect(result.refused).toMatch(/out of range/);
  }, 30_000);

  it("20,000 task() lanes all reach the runner, batched", async () => {
    const result = await run(`
      import { task, sleep } from "interleave";
      await Promise.all(Array.from({ length: 20000 }, (_, i) => task("t" + i, () => sleep(10))));
      console.log("all done");
    `);
    expect(texts(result)).toEqual(["all done"]);
    expect(result.tasks).toHaveLength(20_000);
    // Making 20,000 tasks is real CPU work: past the clock's slack it shows, so lanes end at 10 ms or later.
    expect(result.tasks.every((lane) => lane.end !== undefined && lane.end >= 10)).toBe(true);
  }, 60_000);

  it("console.log of a Proxy with throwing traps prints [unreadable value] and the code goes on", async () => {
    const result = await run(`
      const trap = () => { throw new Error("trap"); };
      console.log(new Proxy({}, { get: trap, ownKeys: trap, getPrototypeOf: trap, getOwnPropertyDescriptor: trap }));
      console.log({ get [Symbol.toStringTag]() { return trap(); } });
      console.log("still running");
    `);
    expect(result.errors).toEqual([]);
    expect(texts(result)).toEqual(["[unreadable value]", "{Symbol(Symbol.toStringTag): (...)}", "still running"]);
  });

  it("98,000 flooded lines are all accounted for: shown plus dropped", async () => {
    const result = await run(`for (let i = 0; i < 98000; i++) console.log(i);`);
    expect(result.lines.length + result.dropped).toBe(98_000);
    expect(result.lines.at(-1)?.text).toBe("97999");
  }, 30_000);
});
