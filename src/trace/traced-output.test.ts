/**
 * Tracing must not change what a program does: each program here prints the same lines, in the
 * same order, at the same logical times, with the same uncaught errors, traced and untraced.
 * Programs that interleave promise reactions with awaits would print in another order if the
 * instrumentation added (or removed) a single microtask turn.
 */
import { describe, expect, it } from "vitest";
import { printedOutput } from "../../test/support/printed-output.ts";
import { runPlain, runTraced } from "../../test/support/trace-helpers.ts";

const corpus: Record<string, string> = {
  "a generator driven by next(v), throw() and return(), with finally": `
    function* g(): Generator<number, string, number> {
      try {
        const a = yield 1;
        console.log("got", a);
        try { yield 2; } catch (e) { console.log("caught", String(e)); }
        yield 3;
        return "never";
      } finally {
        console.log("cleanup");
      }
    }
    const it = g();
    console.log(it.next(), it.next(10), it.throw("oops"), it.return("early"), it.next());
    const fresh = g();
    console.log(fresh.return("before start"), fresh.next());
    const thrower = g();
    thrower.next();
    try { thrower.throw(new Error("out")); } catch (e) { console.log("rethrown", (e as Error).message); }
  `,
  "yield* forwards next, throw and return, and returns a value": `
    function* inner(): Generator<string, string, string> {
      try {
        const x = yield "i1";
        console.log("inner got", x);
        yield "i2";
      } catch (e) {
        console.log("inner caught", e);
        yield "recovered";
      } finally {
        console.log("inner finally");
      }
      return "inner result";
    }
    function* outer(): Generator<string, string, string> {
      const r = yield* inner();
      console.log("outer got", r);
      const arr = yield* ["a", "b"];
      console.log("array result", arr);
      return "outer done";
    }
    const a = outer();
    console.log(a.next(), a.next("sent"), a.next(), a.next(), a.next(), a.next());
    const b = outer();
    console.log(b.next(), b.throw("boom"), b.return("stop"), b.next());
    console.log([...outer()]);
  `,
  "async functions: ordering against plain promise chains": `
    const log: string[] = [];
    async function f(name: string, n: number) {
      log.push(name + " start");
      for (let i = 0; i < n; i++) { await null; log.push(name + " " + i); }
      return name;
    }
    async function g() { log.push("g before"); const v = await f("inner", 2); log.push("g got " + v); return await Promise.resolve(v + "!"); }
    Promise.resolve().then(() => log.push("then 1")).then(() => log.push("then 2")).then(() => log.push("then 3")).then(() => log.push("then 4"));
    const thenable = { then(resolve: (v: number) => void) { log.push("thenable.then"); resolve(7); } };
    (async () => { log.push("thenable " + (await thenable)); })();
    queueMicrotask(() => log.push("microtask"));
    const p = g();
    f("other", 3);
    console.log(await p);
    await new Promise((r) => setTimeout(r, 0));
    console.log(log.join(", "));
  `,
  "async generators and for await over sync and async iterables": `
    import { sleep } from "interleave";
    const log: string[] = [];
    async function* ticks(n: number) {
      try {
        for (let i = 0; i < n; i++) { await sleep(10); log.push("tick " + i); yield i; }
      } finally { log.push("ticks finally"); }
    }
    function* numbers() { yield 1; yield Promise.resolve(2); yield 3; }
    Promise.resolve().then(() => log.push("r1")).then(() => log.push("r2")).then(() => log.push("r3")).then(() => log.push("r4"));
    for await (const x of numbers()) log.push("sync " + x);
    for await (const x of [10, Promise.resolve(20)]) log.push("array " + x);
    for await (const t of ticks(5)) { log.push("got " + t); if (t === 2) break; }
    const manual = ticks(2);
    const [a, b, c] = await Promise.all([manual.next(), manual.next(), manual.next()]);
    log.push(JSON.stringify([a, b, c]));
    const custom = { [Symbol.asyncIterator]() { let i = 0; return { next: async () => ({ value: i, done: i++ > 1 }) }; } };
    outer: for await (const v of custom) { for await (const w of ticks(3)) { log.push("pair " + v + w); continue outer; } }
    console.log(log.join("\\n"));
  `,
  "Promise.all, race and allSettled": `
    import { sleep } from "interleave";
    async function job(name: string, ms: number, fail = false) {
      await sleep(ms);
      if (fail) throw new Error(name + " failed");
      console.log("done", name);
      return name;
    }
    console.log(await Promise.all([job("a", 30), job("b", 10)]));
    console.log(await Promise.race([job("slow", 50), job("fast", 5)]));
    const settled = await Promise.allSettled([job("ok", 1), job("bad", 2, true)]);
    console.log(settled.map((s) => s.status));
    try { await Promise.all([job("x", 1, true), job("y", 100)]); } catch (e) { console.log("caught", (e as Error).message); }
  `,
  "top-level await between timers": `
    setTimeout(() => console.log("timer 0"), 0);
    console.log("before");
    await null;
    console.log("after one await");
    await new Promise((r) => setTimeout(r, 5));
    console.log("after the timer");
    for (let i = 0; i < 3; i++) await Promise.resolve(i).then((v) => console.log("then", v));
  `,
  "uncaught errors: from a timer, a rejected promise, and the top level": `
    setTimeout(() => { throw new Error("from a timer"); }, 1);
    async function fails() { await null; throw new TypeError("async failure"); }
    fails();
    setTimeout(() => console.log("still running"), 2);
    await new Promise((r) => setTimeout(r, 3));
    function* broken() { yield 1; throw new RangeError("from a generator"); }
    for (const x of broken()) console.log(x);
  `,
  "tasks, intervals and clearTimeout": `
    import { task, sleep, elapsed } from "interleave";
    let beats = 0;
    const id = setInterval(() => { beats++; if (beats === 3) clearInterval(id); }, 100);
    const never = setTimeout(() => console.log("never"), 50);
    clearTimeout(never);
    await Promise.all([task("A", async () => { await sleep(150); console.log("A", elapsed()); }), task("B", async () => { await sleep(250); console.log("B", elapsed(), beats); })]);
  `,
  "methods, arrows, classes and destructuring parameters": `
    class Counter {
      #n = 0;
      *[Symbol.iterator]() { while (this.#n < 3) yield this.#n++; }
      async add({ by = 1 }: { by?: number } = {}) { await null; this.#n += by; return this.#n; }
      static make = async (...xs: number[]) => ({ xs: await Promise.all(xs) });
    }
    const c = new Counter();
    console.log([...c], await c.add(), await c.add({ by: 5 }), await Counter.make(1, 2));
    const o = { async *pairs(a: number, b = a + 1, ...rest: number[]) { yield [a, b, rest.length]; } };
    for await (const p of o.pairs(1)) console.log(p);
    function* lengths(a: number, b?: number) { yield arguments.length; }
    console.log(lengths.length, [...lengths(1)], [...lengths(1, 2, 3)], (async (a: number, b: number) => a + b).length);
  `,
  "an async function that returns a promise, and await of a rejected thenable": `
    const order: string[] = [];
    async function direct() { return Promise.resolve("direct"); }
    async function awaited() { return await Promise.resolve("awaited"); }
    direct().then((v) => order.push(v));
    awaited().then((v) => order.push(v));
    Promise.resolve().then(() => order.push("p1")).then(() => order.push("p2")).then(() => order.push("p3")).then(() => order.push("p4"));
    try { await { then(_: unknown, reject: (e: unknown) => void) { reject("nope"); } }; } catch (e) { order.push("rejected " + e); }
    await new Promise((r) => setTimeout(r));
    console.log(order.join(" "));
  `,
};

describe("a traced run prints what an untraced run prints", () => {
  it.each(Object.entries(corpus))("%s", async (_, source) => {
    const [plain, traced] = await Promise.all([runPlain(source), runTraced(source)]);
    expect(traced.errors.map((e) => `${e.kind} ${e.name}: ${e.message}`)).toEqual(plain.errors.map((e) => `${e.kind} ${e.name}: ${e.message}`));
    expect(printedOutput(traced)).toBe(printedOutput(plain));
    expect(traced.lines.map((line) => line.time)).toEqual(plain.lines.map((line) => line.time));
    expect(traced.time).toBe(plain.time);
    expect(traced.trace.length).toBeGreaterThan(0);
    expect(traced.trace.map((event) => event.seq)).toEqual(traced.trace.map((_, index) => index));
  });
});
