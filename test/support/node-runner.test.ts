import { describe, expect, it } from "vitest";
import { runInNode } from "./node-runner.ts";
import { bundleSnippet } from "./test-bundle.ts";

const run = async (source: string, options?: Parameters<typeof runInNode>[1]) => runInNode(await bundleSnippet(source), options);
const texts = (result: { lines: { text: string }[] }) => result.lines.map((line) => line.text);

describe("runInNode", () => {
  it("interleaves two countdown tasks on virtual time, instantly and deterministically", async () => {
    const source = `
      import { sleep, task, now } from "interleave";
      async function countdown(name: string, n: number) {
        while (n > 0) { console.log(\`T-minus \${n} (\${name})\`); await sleep(1000); n--; }
      }
      const t0 = now();
      await Promise.all([task("A", () => countdown("A", 2)), task("B", () => countdown("B", 3))]);
      console.log(\`\${((now() - t0) / 1000).toFixed(2)} s\`);
    `;
    const first = await run(source);
    expect(first.lines).toEqual([
      { level: "log", text: "T-minus 2 (A)", time: 0, task: "A" },
      { level: "log", text: "T-minus 3 (B)", time: 0, task: "B" },
      { level: "log", text: "T-minus 1 (A)", time: 1000, task: "A" },
      { level: "log", text: "T-minus 2 (B)", time: 1000, task: "B" },
      { level: "log", text: "T-minus 1 (B)", time: 2000, task: "B" },
      { level: "log", text: "3.00 s", time: 3000 },
    ]);
    expect(first.error).toBeUndefined();
    expect(first.time).toBe(3000);
    expect(first.realTime).toBeLessThan(2000);
    expect(first.tasks).toEqual([
      { id: 1, name: "A", start: 0, end: 2000 },
      { id: 2, name: "B", start: 0, end: 3000 },
    ]);
    expect(first.spans.filter((span) => span.task === "A")).toEqual([
      { id: 1, task: "A", kind: "wait", start: 0, end: 1000 },
      { id: 1, task: "A", kind: "wait", start: 1000, end: 2000 },
    ]);
    const second = await run(source);
    expect(second.lines).toEqual(first.lines);
  });

  it("stops an infinite loop at the real-time guard", async () => {
    const result = await run(`console.log("before"); while (true) {}`, { realTimeLimit: 500 });
    expect(texts(result)).toEqual(["before"]);
    expect(result.timedOut).toBe(true);
    expect(result.error?.kind).toBe("timeout");
  });

  it("stops a never-ending interval at the virtual time limit", async () => {
    const result = await run(`let n = 0; setInterval(() => n++, 1000);`, { timeLimit: 5000 });
    expect(result.timedOut).toBe(true);
    expect(result.error?.kind).toBe("timeout");
    expect(result.time).toBe(5000);
    expect(result.realTime).toBeLessThan(3000);
  });

  it("reports an unhandled rejection and still finishes", async () => {
    const result = await run(`
      import { sleep } from "interleave";
      Promise.reject(new Error("nobody listens"));
      await sleep(10);
      console.log("after");
    `);
    expect(result.errors).toMatchObject([{ kind: "unhandledrejection", name: "Error", message: "nobody listens" }]);
    expect(result.errors[0]?.stack).toContain("nobody listens");
    expect(texts(result)).toEqual(["after"]);
    expect(result.timedOut).toBe(false);
  });

  it("reports an exception thrown in a timer as uncaught, and other timers still run", async () => {
    const result = await run(`
      setTimeout(() => { throw new TypeError("bad"); }, 10);
      setTimeout(() => console.log("later"), 20);
    `);
    expect(result.errors).toMatchObject([{ kind: "uncaught", name: "TypeError", message: "bad" }]);
    expect(result.lines).toMatchObject([{ text: "later", time: 20 }]);
  });

  it("reports a module that throws while evaluating", async () => {
    const result = await run(`console.log("start"); throw new RangeError("top");`);
    expect(texts(result)).toEqual(["start"]);
    expect(result.error).toMatchObject({ kind: "uncaught", name: "RangeError", message: "top" });
  });

  it("finishes when a top-level await can never settle", async () => {
    const result = await run(`console.log("waiting"); await new Promise(() => {});`, { realTimeLimit: 3000 });
    expect(texts(result)).toEqual(["waiting"]);
    expect(result.timedOut).toBe(false);
  });

  it("prints timer and promise callbacks that run after the module body", async () => {
    const result = await run(`
      setTimeout(() => console.log("timeout"), 0);
      Promise.resolve().then(() => console.log("microtask"));
      console.log("sync");
    `);
    expect(texts(result)).toEqual(["sync", "microtask", "timeout"]);
  });

  it("runs a 6h40 program instantly with exact stamps", async () => {
    const result = await run(
      `
      import { sleep, elapsed } from "interleave";
      for (let game = 1; game <= 3; game++) { await sleep(8000 * 1000); console.log(\`game \${game} at \${elapsed()}\`); }
    `,
      { timeLimit: Infinity },
    );
    expect(texts(result)).toEqual(["game 1 at 8000.00s", "game 2 at 16000.00s", "game 3 at 24000.00s"]);
    expect(result.time).toBe(24_000_000);
    expect(result.realTime).toBeLessThan(2000);
  });

  it("patches Date.now and performance.now to logical time", async () => {
    const result = await run(`
      import { sleep } from "interleave";
      const d0 = Date.now(), p0 = performance.now();
      await sleep(1500);
      console.log(Date.now() - d0, performance.now() - p0, new Date().toISOString());
    `);
    expect(texts(result)).toEqual(["1500 1500 2026-01-01T09:00:01.500Z"]);
  });

  it("runs AbortSignal.timeout on the run's clock, without keeping the run alive", async () => {
    const result = await run(`
      import { sleep, now } from "interleave";
      const signal = AbortSignal.timeout(500);
      signal.addEventListener("abort", () => console.log("aborted", (signal.reason as Error).name, now()));
      await sleep(1000);
      AbortSignal.timeout(60_000);
      console.log("done at", now());
    `);
    expect(texts(result)).toEqual(["aborted TimeoutError 500", "done at 1000"]);
    expect(result.time).toBe(1000);
  });

  it("runs a function in a nested worker on virtual time", async () => {
    const result = await run(`
      import { runInWorker, sleep, sleepSync, now, task } from "interleave";
      const work = (label: string, ms: number) => { console.log("working on", label); sleepSync(ms); return label.toUpperCase() + " at " + now(); };
      const ticker = task("ticker", async () => { for (let i = 1; i <= 3; i++) { await sleep(400); console.log("tick", i); } });
      const result = await task("main", () => runInWorker(work, "job", 1000));
      console.log(result, "returned at", now());
      await ticker;
    `);
    expect(result.error).toBeUndefined();
    expect(result.lines.map((line) => [line.text, line.time, line.task])).toEqual([
      ["working on job", 0, "main"],
      ["tick 1", 400, "ticker"],
      ["tick 2", 800, "ticker"],
      ["JOB at 1000 returned at 1000", 1000, undefined],
      ["tick 3", 1200, "ticker"],
    ]);
  });

  it("rejects runInWorker with the error the function threw", async () => {
    const result = await run(`
      import { runInWorker } from "interleave";
      try { await runInWorker(() => { throw new SyntaxError("inside"); }); } catch (e) { console.log("caught", String(e)); }
    `);
    expect(texts(result)).toEqual(["caught SyntaxError: inside"]);
  });

  it("rejects runInWorker when the result cannot be copied back", async () => {
    const result = await run(`
      import { runInWorker } from "interleave";
      await runInWorker(() => () => 1).catch((e: Error) => console.log("rejected:", e.name));
    `);
    expect(texts(result)).toEqual(["rejected: DataCloneError"]);
  });

  it("stops an endless loop inside an async function or a generator", async () => {
    const asyncLoop = await run(`async function spin() { await null; for (;;) {} } console.log("go"); spin();`, { realTimeLimit: 400 });
    const generatorLoop = await run(`function* g() { for (;;) yield 1; } for (const _ of g()) {}`, { realTimeLimit: 400 });
    expect(texts(asyncLoop)).toEqual(["go"]);
    expect(asyncLoop.timedOut).toBe(true);
    expect(generatorLoop.timedOut).toBe(true);
  });

  it("caps a flood of lines, keeping the newest", async () => {
    const result = await run(`for (let i = 0; i < 100000; i++) console.log("line " + i);`);
    expect(result.dropped).toBeGreaterThan(0);
    expect(result.lines.length + result.dropped).toBe(100_000);
    expect(result.lines[0]?.text).toBe("line 0");
    expect(result.lines.at(-1)?.text).toBe("line 99999");
  });

  it("gets the lines printed before an endless loop out", async () => {
    const result = await run(`for (let i = 0; i < 3; i++) console.log(i); for (;;) {}`, { realTimeLimit: 500 });
    expect(texts(result)).toEqual(["0", "1", "2"]);
  });

  it("prints paced what it prints on virtual time, at the example's speed", async () => {
    const source = `
      import { sleep, sleepSync, download, seed, now, elapsed } from "interleave";
      seed(2016);
      const start = now();
      const flags = await Promise.all(["CN", "IN", "US", "ID", "BR"].map((cc) => download(cc)));
      const slowest = Math.max(...flags.map((flag) => flag.ms));
      console.log(\`total time equals the slowest download: \${now() - start === slowest}\`);
      const clock = setInterval(() => console.log(\`tick \${elapsed()} \${new Date().toISOString()}\`), 1000);
      await sleep(1500);
      sleepSync(3000);
      console.log(\`work ends at \${elapsed()}, performance.now() = \${performance.now()}\`);
      await sleep(700);
      clearInterval(clock);
    `;
    const epoch = Date.UTC(2026, 0, 1);
    const virtual = await run(source, { scale: 100, epoch });
    const paced = await run(source, { mode: "paced", scale: 100, epoch });
    expect(paced.error).toBeUndefined();
    expect(paced.lines).toEqual(virtual.lines);
    expect(texts(paced)[0]).toBe("total time equals the slowest download: true");
    expect(paced.time).toBe(virtual.time);
    // About 62 real ms of paced time (6200 logical at scale 100); a generous bound for a busy machine.
    expect(paced.runRealTime).toBeGreaterThanOrEqual(60);
    expect(paced.runRealTime).toBeLessThan(3000);
  });

  it("delivers a nested worker's lines at the same times paced as on virtual time", async () => {
    const source = `
      import { sleep, sleepSync, runInWorker, elapsed } from "interleave";
      const clock = setInterval(() => console.log(\`tick \${elapsed()}\`), 1000);
      await sleep(1500);
      console.log(\`work starts at \${elapsed()}\`);
      const answer = await runInWorker((ms: number) => { console.log(\`child at \${elapsed()}\`); sleepSync(ms); console.log(\`child done at \${elapsed()}\`); return ms; }, 3000);
      console.log(\`work ends at \${elapsed()} with \${answer}\`);
      await sleep(700);
      clearInterval(clock);
    `;
    const expected = ["tick 1.00s", "work starts at 1.50s", "child at 0.00s", "tick 2.00s", "tick 3.00s", "tick 4.00s", "child done at 3.00s", "work ends at 4.50s with 3000", "tick 5.00s"];
    expect(texts(await run(source, { scale: 10 }))).toEqual(expected);
    expect(texts(await run(source, { mode: "paced", scale: 10 }))).toEqual(expected);
  });

  it("ends a busy-wait on Date.now() in either mode", async () => {
    const source = `
      const t = Date.now();
      while (Date.now() < t + 100) {}
      console.log(Date.now() - t >= 100);
    `;
    expect(texts(await run(source, { scale: 2000 }))).toEqual(["true"]);
    expect(texts(await run(source, { mode: "paced", scale: 2000 }))).toEqual(["true"]);
  });

  it("stops paced time at the logical time limit, like virtual time", async () => {
    const source = `setInterval(() => console.log("beat"), 1000);`;
    const paced = await run(source, { mode: "paced", scale: 100, timeLimit: 50, realTimeLimit: 5000 });
    expect(paced.timedOut).toBe(true);
    expect(texts(paced)).toEqual(texts(await run(source, { scale: 100, timeLimit: 50 })));
  });
});
