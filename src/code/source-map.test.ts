import * as esbuild from "esbuild";
import { describe, expect, it } from "vitest";
import { compileSnippet } from "./compile.ts";
import { decodeMappings, mapErrorLocation, originalPosition, snippetPosition, type SourceMap } from "./source-map.ts";
import { FACADE_STUB } from "../../test/support/compile-fixtures.ts";

/** Compiles a snippet that must compile. */
async function compiled(source: string): Promise<{ js: string; map: SourceMap }> {
  const result = await compileSnippet(esbuild, source, FACADE_STUB);
  if (!result.ok) throw new Error(JSON.stringify(result.diagnostics));
  return result;
}

/** Runs compiled JS as an ES module in Node and returns the stack of what it threw (or rejected with). */
async function stackOfRun(js: string): Promise<string> {
  const url = `data:text/javascript;base64,${btoa(js)}`;
  try {
    await import(/* @vite-ignore */ url);
  } catch (error) {
    return (error as Error).stack ?? "";
  }
  throw new Error("the snippet did not throw");
}

const DATA_URL_HINT = "data:text/javascript;base64,";

// Line 7 throws; the interface and type annotations above it vanish from the JS, so JS line ≠ 7.
const THROWS_ON_LINE_7 = `interface Point {
  x: number;
  y: number;
}
type Pair = [Point, Point];
const origin: Point = { x: 0, y: 0 }; const pair: Pair = [origin, origin];
if (pair.length === 2) throw new Error("line seven");
`;

describe("decodeMappings", () => {
  it("decodes segments with relative fields across lines", () => {
    // "AAAA" = 0,0,0,0; "IAAM" = 4,0,0,6; ";" next line; "AACA" = 0,0,+1,0.
    expect(decodeMappings("AAAA,IAAM;AACA")).toEqual([
      [
        { generatedColumn: 0, sourceIndex: 0, originalLine: 0, originalColumn: 0 },
        { generatedColumn: 4, sourceIndex: 0, originalLine: 0, originalColumn: 6 },
      ],
      [{ generatedColumn: 0, sourceIndex: 0, originalLine: 1, originalColumn: 6 }],
    ]);
  });
});

describe("originalPosition", () => {
  const map: SourceMap = { version: 3, sources: ["snippet.ts"], names: [], mappings: "AAAA,IAAM;AACA" };

  it("maps a 1-based generated position to the nearest segment at or before it", () => {
    expect(originalPosition(map, 1, 1)).toEqual({ source: "snippet.ts", line: 1, column: 1 });
    expect(originalPosition(map, 1, 4)).toEqual({ source: "snippet.ts", line: 1, column: 1 });
    expect(originalPosition(map, 1, 5)).toEqual({ source: "snippet.ts", line: 1, column: 7 });
    expect(originalPosition(map, 2, 30)).toEqual({ source: "snippet.ts", line: 2, column: 7 });
  });

  it("returns null for a line the map does not cover", () => {
    expect(originalPosition(map, 9, 1)).toBeNull();
  });

  it("maps the throw in esbuild's output back to its TypeScript line", async () => {
    const { js, map: realMap } = await compiled(THROWS_ON_LINE_7);
    const lines = js.split("\n");
    const jsLine = lines.findIndex((line) => line.includes("throw new Error")) + 1;
    expect(jsLine).not.toBe(7);
    const jsColumn = lines[jsLine - 1]!.indexOf("throw") + 1;
    expect(originalPosition(realMap, jsLine, jsColumn)).toEqual({
      source: "snippet.ts",
      line: 7,
      column: `if (pair.length === 2) `.length + 1,
    });
  });
});

describe("snippetPosition", () => {
  // Line 1 comes from the facade, line 2 from the snippet (esbuild may prefix its name with a path).
  const map: SourceMap = { version: 3, sources: ["interleave.ts", "src/snippet.ts"], names: [], mappings: "AAAA;ACAA" };

  it("returns the snippet's line and column, and null for the facade or unmapped code", () => {
    expect(snippetPosition(map, 2, 1)).toEqual({ line: 1, column: 1 });
    expect(snippetPosition(map, 1, 1)).toBeNull();
    expect(snippetPosition(map, 3, 1)).toBeNull();
  });
});

describe("mapErrorLocation", () => {
  it("maps a real Node stack of a top-level throw on TS line 7 back to line 7", async () => {
    const { js, map } = await compiled(THROWS_ON_LINE_7);
    const stack = await stackOfRun(js);
    // V8 places the frame at `new Error`, where the stack was captured.
    expect(mapErrorLocation(stack, map, DATA_URL_HINT)).toEqual({ line: 7, column: `if (pair.length === 2) throw `.length + 1 });
  });

  it("maps a throw inside a function after an await (an `at async` stack)", async () => {
    const { js, map } = await compiled(`import { sleep } from "interleave";
interface Job { name: string }
async function run(job: Job): Promise<void> {
  await sleep(1);
  throw new Error(\`\${job.name} failed\`);
}
await run({ name: "fetch" });
`);
    const stack = await stackOfRun(js);
    expect(mapErrorLocation(stack, map, DATA_URL_HINT)).toMatchObject({ line: 5 });
  });

  it("passes over frames in the bundled facade to the reader's line that called it", async () => {
    const { js, map } = await compiled(`import { fail } from "interleave";
const reason: string = "boom";

fail(reason);
`);
    const stack = await stackOfRun(js);
    expect(mapErrorLocation(stack, map, DATA_URL_HINT)).toEqual({ line: 4, column: 1 });
  });

  it("reads Chrome's frame forms: named, anonymous, async and `new`", async () => {
    const { js, map } = await compiled(THROWS_ON_LINE_7);
    const lines = js.split("\n");
    const jsLine = lines.findIndex((line) => line.includes("throw new Error")) + 1;
    const jsColumn = lines[jsLine - 1]!.indexOf("throw") + 1;
    const url = "blob:null/6a1c1b1e-2f0a-4c57-9a3e-5d1f8e2b7c40";
    const expected = { line: 7, column: `if (pair.length === 2) `.length + 1 };
    for (const frame of [
      `at main (${url}:${jsLine}:${jsColumn})`,
      `at ${url}:${jsLine}:${jsColumn}`,
      `at async main (${url}:${jsLine}:${jsColumn})`,
      `at new Job (${url}:${jsLine}:${jsColumn})`,
    ]) {
      const stack = `Error: line seven\n    at run (https://example.org/sandbox.js:10:3)\n    ${frame}\n    at Generator.next (<anonymous>)`;
      expect(mapErrorLocation(stack, map, url), frame).toEqual(expected);
    }
  });

  it("reads Firefox and Safari frames (name@url:line:col)", async () => {
    const { js, map } = await compiled(THROWS_ON_LINE_7);
    const lines = js.split("\n");
    const jsLine = lines.findIndex((line) => line.includes("throw new Error")) + 1;
    const url = "blob:https://example.org/0f0e";
    const stack = `run@https://example.org/sandbox.js:10:3\n@${url}:${jsLine}:1\n`;
    expect(mapErrorLocation(stack, map, url)).toMatchObject({ line: 7 });
  });

  it("returns null when no frame is in the snippet module", async () => {
    const { map } = await compiled(THROWS_ON_LINE_7);
    expect(mapErrorLocation("Error: x\n    at run (https://example.org/sandbox.js:10:3)", map, "blob:null/abc")).toBeNull();
  });
});
