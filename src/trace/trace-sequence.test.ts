/** Exact traces of small programs under virtual time: every pause, what resumed it, with what, at which line. */
import { describe, expect, it } from "vitest";
import { traceSteps } from "../../test/support/trace-helpers.ts";

const countdown = `import { sleep, now } from "interleave";

async function countdown(label: string, n: number): Promise<void> {
  while (n > 0) {
    console.log(\`T-minus \${n} (\${label})\`);
    await sleep(1000);
    n -= 1;
  }
}

await Promise.all([countdown("A", 2), countdown("B", 3)]);
console.log(\`Time taken: \${Math.round(now() / 1000)}s\`);
`;

const jumpingRange = `function* jumpingRange(upTo: number): Generator<number, void, number | undefined> {
  let index = 0;
  while (index < upTo) {
    let jump = yield index;
    if (jump === undefined) jump = 1;
    index += jump;
  }
}

const iterator = jumpingRange(5);
console.log(iterator.next().value); // 0
console.log(iterator.next(2).value); // 2
for (const x of iterator) {
  console.log(x);
}
`;

describe("the trace of", () => {
  it("the countdown: each pause at the await line, each resume by a timer 1 s later", async () => {
    const { steps, model } = await traceSteps(countdown);
    expect(steps).toEqual([
      "the top level starts",
      "line 3: countdown('A', 2) is called by top level and starts running",
      "line 5: countdown('A', 2) printed “T-minus 2 (A)”",
      "line 6: sleep(1000) set timer #1, due at 1.00 s",
      "line 6: countdown('A', 2) paused at await, waiting for Promise {<pending>}",
      "line 3: countdown('B', 3) is called by top level and starts running",
      "line 5: countdown('B', 3) printed “T-minus 3 (B)”",
      "line 6: sleep(1000) set timer #2, due at 1.00 s",
      "line 6: countdown('B', 3) paused at await, waiting for Promise {<pending>}",
      "line 11: top level paused at await, waiting for Promise {<pending>}",
      "line 6: timer #1 fired (sleep from line 6): a new macrotask",
      "line 6: countdown('A', 2) resumed by a timer after 1.00 s",
      "line 5: countdown('A', 2) printed “T-minus 1 (A)”",
      "line 6: sleep(1000) set timer #3, due at 2.00 s",
      "line 6: countdown('A', 2) paused at await, waiting for Promise {<pending>}",
      "line 6: timer #2 fired (sleep from line 6): a new macrotask",
      "line 6: countdown('B', 3) resumed by a timer after 1.00 s",
      "line 5: countdown('B', 3) printed “T-minus 2 (B)”",
      "line 6: sleep(1000) set timer #4, due at 2.00 s",
      "line 6: countdown('B', 3) paused at await, waiting for Promise {<pending>}",
      "line 6: timer #3 fired (sleep from line 6): a new macrotask",
      "line 6: countdown('A', 2) resumed by a timer after 1.00 s",
      "line 3: countdown('A', 2) returned undefined",
      "line 6: timer #4 fired (sleep from line 6): a new macrotask",
      "line 6: countdown('B', 3) resumed by a timer after 1.00 s",
      "line 5: countdown('B', 3) printed “T-minus 1 (B)”",
      "line 6: sleep(1000) set timer #5, due at 3.00 s",
      "line 6: countdown('B', 3) paused at await, waiting for Promise {<pending>}",
      "line 6: timer #5 fired (sleep from line 6): a new macrotask",
      "line 6: countdown('B', 3) resumed by a timer after 1.00 s",
      "line 3: countdown('B', 3) returned undefined",
      "line 11: top level resumed by a microtask (promise reaction) after 3.00 s, with [undefined, undefined]",
      "line 12: top level printed “Time taken: 3s”",
      "top level returned undefined",
    ]);
    expect(model.steps.map((step) => step.event.time)).toEqual([...Array(10).fill(0), ...Array(10).fill(1000), ...Array(8).fill(2000), ...Array(6).fill(3000)]);
  });

  it("the countdown at its first timer: A's continuation is the microtask to run, B's timer is next", async () => {
    const { model } = await traceSteps(countdown);
    const fired = model.steps.findIndex((step) => step.event.kind === "timer-fire");
    const snapshot = model.snapshot(fired);
    expect(snapshot.microtasks.map((frame) => frame.frame.label)).toEqual(["countdown('A', 2)"]);
    expect(snapshot.timers.map((timer) => [timer.id, timer.due, timer.line])).toEqual([[2, 1000, 6]]);
    expect(snapshot.running).toEqual([]);
    expect(snapshot.suspended.map((frame) => `${frame.frame.label} at ${frame.line} (${frame.waits})`)).toEqual([
      "top level at 11 (await)",
      "countdown('A', 2) at 6 (await)",
      "countdown('B', 3) at 6 (await)",
    ]);
  });

  it("jumpingRange: the value sent by next(2) resumes the yield line", async () => {
    const { steps, model } = await traceSteps(jumpingRange);
    expect(steps.slice(0, 8)).toEqual([
      "the top level starts",
      "line 1: calling jumpingRange(5) creates a generator object; its body waits for the first next()",
      "line 1: next() from line 11 starts jumpingRange(5)",
      "line 4: jumpingRange(5) paused at yield, sending out 0",
      "line 11: top level printed “0”",
      "line 4: jumpingRange(5) resumed by next(2) from line 12, with 2 sent in",
      "line 4: jumpingRange(5) paused at yield, sending out 2",
      "line 12: top level printed “2”",
    ]);
    expect(steps).toContain("line 4: jumpingRange(5) resumed by next() from line 13, nothing sent in");
    const resumed = model.snapshot(5);
    expect(resumed.running.map((frame) => `${frame.frame.label} at ${frame.line}`)).toEqual(["jumpingRange(5) at 4", "top level at null"]);
  });

  it("42 through bottom, middle and top: next(43) resumes bottom, forwarded by both yield*", async () => {
    const { steps, model } = await traceSteps(`function* bottom(): Generator<number, number, number> {
  return yield 42;
}
function* middle(): Generator<number, number, number> {
  return yield* bottom();
}
function* top(): Generator<number, number, number> {
  return yield* middle();
}
const gen = top();
const value = gen.next().value;
console.log(value);
console.log(gen.next(value + 1));`);
    expect(steps.slice(8)).toEqual([
      "line 1: next() from line 11 (forwarded by yield* in middle(), top()) starts bottom()",
      "line 2: bottom() paused at yield, sending out 42",
      "line 12: top level printed “42”",
      "line 2: bottom() resumed by next(43) from line 13 (forwarded by yield* in middle(), top()), with 43 sent in",
      "line 1: bottom() returned 43",
      "line 5: middle() resumed: its yield* finished with 43",
      "line 4: middle() returned 43",
      "line 8: top() resumed: its yield* finished with 43",
      "line 7: top() returned 43",
      "line 13: top level printed “{value: 43, done: true}”",
      "top level returned undefined",
    ]);
    const paused = model.snapshot(9);
    expect(paused.suspended.map((frame) => `${frame.frame.label} at ${frame.line} (${frame.waits})`)).toEqual([
      "top() at 8 (yield*)",
      "middle() at 5 (yield*)",
      "bottom() at 2 (yield)",
    ]);
  });

  it("throw() and return() into a generator, and a rejected await", async () => {
    const { steps } = await traceSteps(`function* g() {
  try { yield 1; } catch (e) { console.log("caught", e); }
  try { yield 2; } finally { console.log("finally"); }
}
const it = g();
it.next();
it.throw("oops");
it.return("early");
async function f() {
  try { await Promise.reject(new Error("no")); } catch { console.log("handled"); }
}
await f();`);
    expect(steps).toContain("line 2: g() resumed by throw('oops') from line 7: 'oops' is thrown where it paused");
    expect(steps).toContain("line 3: g() resumed by return('early') from line 8: it returns where it paused");
    expect(steps).toContain("line 1: g() returned 'early'");
    expect(steps).toContain("line 10: f() resumed by a microtask (promise reaction) after 0.00 s: what it awaited failed with Error: no");
  });

  it("for await over an async generator: the loop pauses after each next() and resumes with the item", async () => {
    const { steps } = await traceSteps(`import { sleep } from "interleave";
async function* ticks() {
  yield "a";
  await sleep(10);
  yield "b";
}
for await (const t of ticks()) console.log(t);`);
    expect(steps).toEqual([
      "the top level starts",
      "line 2: calling ticks() creates a generator object; its body waits for the first next()",
      "line 2: next() from line 7 starts ticks()",
      "line 3: ticks() paused at yield, sending out 'a'",
      "line 7: top level paused at for await, waiting for the next item",
      "line 7: top level resumed by a microtask (promise reaction) after 0.00 s, with 'a'",
      "line 7: top level printed “a”",
      "line 3: ticks() resumed by next() from line 7, nothing sent in",
      "line 4: sleep(10) set timer #1, due at 0.01 s",
      "line 4: ticks() paused at await, waiting for Promise {<pending>}",
      "line 7: top level paused at for await, waiting for the next item",
      "line 4: timer #1 fired (sleep from line 4): a new macrotask",
      "line 4: ticks() resumed by a timer after 0.01 s",
      "line 5: ticks() paused at yield, sending out 'b'",
      "line 7: top level resumed by a microtask (promise reaction) after 0.01 s, with 'b'",
      "line 7: top level printed “b”",
      "line 5: ticks() resumed by next() from line 7, nothing sent in",
      "line 2: ticks() returned undefined",
      "line 7: top level paused at for await, waiting for the next item",
      "line 7: top level resumed by a microtask (promise reaction) after 0.00 s: the for await loop is over",
      "top level returned undefined",
    ]);
  });

  it("stops recording at the cap, says so, and lets the program finish", async () => {
    const { run, model } = await traceSteps(`let n = 0;
for (let i = 0; i < 30_000; i++) n += await i;
console.log(n);`);
    expect(run.lines.map((line) => line.text)).toEqual([String((30_000 * 29_999) / 2)]);
    expect(model.truncated).toBe(true);
    expect(run.trace).toHaveLength(20_001);
    expect(model.steps.at(-1)?.text).toBe("trace truncated at 20,000 events: the program kept running, unrecorded");
  });
});
