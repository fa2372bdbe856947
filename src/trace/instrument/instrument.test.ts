import { parse } from "acorn";
import { describe, expect, it } from "vitest";
import { compileForBuild } from "../../code/build-time.ts";
import { originalPosition } from "../../code/source-map.ts";
import { instrument } from "./instrument.ts";

async function instrumented(source: string) {
  const compiled = await compileForBuild(source);
  if (!compiled.ok) throw new Error(JSON.stringify(compiled.diagnostics));
  return { compiled, module: instrument(compiled.js, compiled.map) };
}

/** Instrumented output must still be a valid module (acorn is strict about generators, async and modules). */
const parses = (js: string) => parse(js, { ecmaVersion: "latest", sourceType: "module" });

describe("instrument", () => {
  it("wraps each await, yield and yield* and tables where they are in the TypeScript", async () => {
    const { module } = await instrumented(`async function a(): Promise<number> {
  return await Promise.resolve(1);
}
function* g(): Generator<number, void, number> {
  const x = yield 1;
  yield* [x];
}
console.log(await a(), [...g()]);`);
    expect(module.sites).toEqual([
      { kind: "await", line: 2, column: 10 },
      { kind: "yield", line: 5, column: 13 },
      { kind: "yield*", line: 6, column: 3 },
      { kind: "await", line: 8, column: 13 },
    ]);
    expect(module.functions).toEqual([
      { name: "top level", kind: "module", line: 0, column: 0 },
      { name: "a", kind: "async", line: 1, column: 1 },
      { name: "g", kind: "generator", line: 4, column: 1 },
    ]);
    expect(module.js).toContain("__il$t.awaited(__il$f, 0, await __il$t.awaiting(__il$f, 0, Promise.resolve(1)))");
    expect(module.js).toContain("__il$t.yielded(__il$f, 1, yield __il$t.yielding(__il$f, 1, 1))");
    expect(module.js).toContain("__il$t.delegated(__il$f, 2, yield* __il$t.delegating(__il$f, 2, [x]))");
    parses(module.js);
  });

  it("gives a generator its frame at the call, with a rest parameter that changes neither length nor arguments", async () => {
    const { module } = await instrumented(`function* g(a: number, b = 2) { yield a + b; }
function* h(...rest: number[]) { yield rest; }
function* i() { yield; }
console.log([...g(1)], [...h(1)], [...i()]);`);
    expect(module.js).toContain("function* g(a, b = 2, ...{ [__il$t.key]: __il$f = __il$t.create(1, arguments) })");
    // A rest parameter already there: the frame is made when the body starts instead.
    expect(module.js).toContain("const __il$f = __il$t.create(2, arguments); __il$t.start(__il$f);");
    expect(module.js).toContain("function* i(...{ [__il$t.key]: __il$f = __il$t.create(3, arguments) })");
    expect(module.js).toContain("yield __il$t.yielding(__il$f, 2, void 0)");
    parses(module.js);
  });

  it("handles async arrows with expression bodies, object literals included", async () => {
    const { module } = await instrumented(`const f = async (x: number) => ({ x: await x });
const g = async () => 1;
console.log(await f(1), await g());`);
    expect(module.js).toContain("async (x) => { const __il$f = __il$t.call(1); try { return __il$t.ret(__il$f,  ({ x: __il$t.awaited(");
    parses(module.js);
  });

  it("keeps labels on for await loops and names a catch's exception", async () => {
    const { module } = await instrumented(`async function* n() { yield 1; }
outer: for await (const a of n()) {
  for await (const b of [a]) continue outer;
}
try { await Promise.reject(1); } catch { console.log("no"); } finally { console.log("end"); }`);
    expect(module.js).toMatch(/try \{ outer: for await \(const a of __il\$t\.loopEnter\(__il\$f, \d+, n\(\)\)\)/);
    expect(module.js).toContain("catch (__il$e) {__il$t.caught(__il$f, __il$e);");
    expect(module.js).toContain("finally {__il$t.enteredFinally(__il$f);");
    parses(module.js);
  });

  it("leaves alone code whose top level or body would change meaning inside a block", async () => {
    const { compiled, module } = await instrumented(`async function f() { var g = 1; function g() {} await null; return g; }
export default f;`);
    expect(module.js).not.toContain("__il$t.call(");
    expect(module.js).not.toContain("} catch (__il$e) { throw __il$t.threw(__il$f, __il$e); } finally { __il$t.exit(__il$f); }\n");
    expect(compiled.js).toContain("export");
    parses(module.js);
  });

  it("drops a generator's 'use strict' (an error beside the rest parameter, and a no-op in a module)", async () => {
    const { module } = await instrumented(`function* g() { "use strict"; yield 1; }
console.log([...g()]);`);
    expect(module.js).not.toContain('"use strict"');
    parses(module.js);
  });

  it("chains the source maps: a position in the instrumented code names the TypeScript line", async () => {
    const { module } = await instrumented(`import { sleep } from "interleave";

async function wait(): Promise<void> {
  await sleep(5);
  console.log("done");
}
await wait();`);
    const lines = module.js.split("\n");
    const find = (needle: string) => {
      const line = lines.findIndex((text) => text.includes(needle));
      return originalPosition(module.map, line + 1, lines[line]!.indexOf(needle) + 1);
    };
    expect(find("sleep(5)")).toMatchObject({ source: "snippet.ts", line: 4, column: 9 });
    expect(find('console.log("done")')).toMatchObject({ source: "snippet.ts", line: 5, column: 3 });
  });

  it("refuses code it cannot parse, with a reason", () => {
    expect(() => instrument("function (", { version: 3, sources: [], names: [], mappings: "" })).toThrow(/cannot trace this code/);
  });
});
