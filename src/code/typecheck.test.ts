import { describe, expect, it } from "vitest";
import { typecheckSnippet } from "./typecheck.ts";

// Checked against the real src/runtime/interleave.d.ts and globals.d.ts.
const typecheck = (source: string) => typecheckSnippet(source);

describe("typecheckSnippet", () => {
  it("catches a type error on the right line and column", () => {
    const diagnostics = typecheck(`const ok = 1;\n\nconst x: number = "a";\nconsole.log(ok, x);\n`);
    expect(diagnostics).toEqual([
      { message: `Type 'string' is not assignable to type 'number'.`, line: 3, column: 7, length: 1 },
    ]);
  });

  it("accepts a generator typed Generator<number, void, number>", () => {
    const source = `
function* accumulate(): Generator<number, void, number> {
  let total = 0;
  while (true) total += yield total;
}
const gen = accumulate();
gen.next();
console.log(gen.next(5).value);
`;
    expect(typecheck(source)).toEqual([]);
  });

  it("rejects sending a string into a Generator<number, void, number>", () => {
    const source = `function* g(): Generator<number, void, number> { yield 1; }\ng().next("no");\n`;
    expect(typecheck(source)).toMatchObject([{ line: 2 }]);
  });

  it("accepts `using`, `await using` and top-level await", () => {
    const source = `
import { sleep } from "interleave";
class Lock implements Disposable { [Symbol.dispose]() { console.log("released"); } }
class Connection implements AsyncDisposable { async [Symbol.asyncDispose]() { await sleep(10); } }
{
  using lock = new Lock();
  await using connection = new Connection();
  console.log(lock, connection);
}
`;
    expect(typecheck(source)).toEqual([]);
  });

  it("treats a snippet with no import as a module, so top-level await checks", () => {
    expect(typecheck(`await new Promise((resolve) => setTimeout(resolve, 10));\n`)).toEqual([]);
  });

  it("knows the interleave module and reports a wrong call to it", () => {
    expect(typecheck(`import { sleep } from "interleave";\nawait sleep(100);\n`)).toEqual([]);
    expect(typecheck(`import { sleep } from "interleave";\nawait sleep("100");\n`)).toMatchObject([{ line: 2 }]);
  });

  it("reports any other import as a module it cannot find", () => {
    const [diagnostic] = typecheck(`import _ from "lodash";\nconsole.log(_);\n`);
    expect(diagnostic).toMatchObject({ line: 1 });
    expect(diagnostic?.message).toContain(`Cannot find module 'lodash'`);
  });

  it("offers the worker globals snippets use, and no DOM or Node globals", () => {
    const globals = `
console.log("a"); console.info(1); console.warn(1); console.error(1); console.debug(1); console.table([1]);
const timer = setTimeout(() => {}, 10); clearTimeout(timer);
const ticker = setInterval(() => {}, 10); clearInterval(ticker);
queueMicrotask(() => {});
const copy = structuredClone({ deep: [1, 2] }); console.log(copy.deep);
console.log(performance.now(), Date.now());
const controller = new AbortController();
controller.signal.addEventListener("abort", () => console.log(controller.signal.reason));
const signal = AbortSignal.any([controller.signal, AbortSignal.timeout(100)]);
signal.throwIfAborted();
const { port1, port2 } = new MessageChannel();
port1.onmessage = (event) => console.log(event.data);
port2.postMessage("hi");
new EventTarget().dispatchEvent(new Event("tick"));
`;
    expect(typecheck(globals)).toEqual([]);
    const forbidden = typecheck(`document.title = "x";\nawait fetch("/");\nprocess.exit(0);\n`);
    expect(forbidden.map((diagnostic) => diagnostic.line)).toEqual([1, 2, 3]);
  });

  it("accepts declarations passed in place of the runtime's files", () => {
    const interleave = `export declare function ping(): "pong";`;
    expect(typecheckSnippet(`import { ping } from "interleave";\nconst reply: "pong" = ping();\n`, { interleave })).toEqual([]);
  });

  it("stays fast once the lib files are parsed", () => {
    typecheck(`const warm = 1;`);
    const started = performance.now();
    typecheck(`const a: number = 1;\nconsole.log(a);\n`);
    // Not a timing test: a generous bound that only fails if the cache stopped working.
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
