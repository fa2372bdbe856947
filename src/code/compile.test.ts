import * as esbuild from "esbuild";
import { describe, expect, it } from "vitest";
import { facadeSource } from "../runtime/facade.ts";
import { compileSnippet } from "./compile.ts";

const compile = (source: string) => compileSnippet(esbuild, source, facadeSource());

/** The compiled module text, failing the test with the diagnostics if it did not compile. */
async function compiledJs(source: string): Promise<string> {
  const result = await compile(source);
  if (!result.ok) throw new Error(JSON.stringify(result.diagnostics));
  return result.js;
}

describe("compileSnippet", () => {
  it("turns TypeScript into an ES module and a source map of the snippet", async () => {
    const result = await compile(`const greeting: string = "hi";\nconsole.log(greeting);\n`);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.js).toContain(`console.log(greeting)`);
    expect(result.js).not.toContain(": string");
    expect(result.js).not.toContain("sourceMappingURL");
    expect(result.map.version).toBe(3);
    expect(result.map.sources).toContain("snippet.ts");
    expect(result.map.sourcesContent).toContain(`const greeting: string = "hi";\nconsole.log(greeting);\n`);
  });

  it("keeps generators, async/await, for await and top-level await as written", async () => {
    const js = await compiledJs(`
function* count(): Generator<number, void, number> { const got = yield 1; console.log(got); }
async function* ticks() { yield 1; }
async function main() { for await (const tick of ticks()) console.log(tick); }
count().next();
await main();
`);
    expect(js).toContain("function* count()");
    expect(js).toContain("const got = yield 1");
    expect(js).toContain("async function* ticks()");
    expect(js).toContain("for await (const tick of ticks())");
    expect(js).toContain("await main()");
  });

  it("lowers `using` and `await using`, which WebKit cannot parse", async () => {
    const js = await compiledJs(`
{
  using lock = { [Symbol.dispose]() { console.log("released"); } };
  await using file = { async [Symbol.asyncDispose]() { console.log("closed"); } };
}
`);
    expect(js).not.toMatch(/\busing (lock|file) =/);
    expect(js).toContain("__using");
    expect(js).toContain("Symbol.asyncDispose");
  });

  it("reports a syntax error with its 1-based line and column", async () => {
    const result = await compile(`const a = 1;\nconst b = 2;\nconst = 3;\n`);
    expect(result).toEqual({
      ok: false,
      diagnostics: [{ message: `Expected identifier but found "="`, line: 3, column: 7, length: 1 }],
    });
  });

  it("counts columns in UTF-16 units, as editors do, even after non-ASCII text", async () => {
    const result = await compile(`const s = "héllo € 😀"; const = 3;`);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const column = `const s = "héllo € 😀"; const `.length + 1;
    expect(result.diagnostics[0]).toMatchObject({ line: 1, column, length: 1 });
  });

  it("refuses any import but interleave, naming the one allowed, at the import's line", async () => {
    const result = await compile(`const a = 1;\n\nimport _ from "lodash";\nconsole.log(_, a);\n`);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.diagnostics).toEqual([
      {
        message: `Cannot import "lodash": snippets may import only "interleave".`,
        line: 3,
        column: `import _ from `.length + 1,
        length: `"lodash"`.length,
      },
    ]);
  });

  it("refuses a dynamic import of anything but interleave", async () => {
    const result = await compile(`await import("node:fs");\n`);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.diagnostics[0]).toMatchObject({
      message: `Cannot import "node:fs": snippets may import only "interleave".`,
      line: 1,
    });
  });

  it("bundles the interleave facade into the module, leaving no import behind", async () => {
    const js = await compiledJs(`import { sleep, task } from "interleave";\nawait task("a", () => sleep(1));\n`);
    expect(js).toContain(`Symbol.for("interleave.runtime")`);
    expect(js).toContain(`await task("a", () => sleep(1))`);
    expect(js).not.toMatch(/\bimport\b/);
  });

  it("refuses a side-effect import", async () => {
    const result = await compile(`import "lodash";\n`);
    expect(result).toMatchObject({ ok: false, diagnostics: [{ line: 1, column: 8 }] });
  });

  it("erases an import nothing uses, as TypeScript does (the type check still flags it)", async () => {
    expect((await compile(`import _ from "lodash";\n`)).ok).toBe(true);
  });

  it("leaves type-only imports out, so they need not resolve", async () => {
    const js = await compiledJs(`import type { Thing } from "somewhere";\nconst t: Thing | null = null;\nconsole.log(t);\n`);
    expect(js).toContain("console.log(t)");
  });

  it("does not check types: a type error still compiles", async () => {
    const result = await compile(`const x: number = "a";\nconsole.log(x);\n`);
    expect(result.ok).toBe(true);
  });
});
