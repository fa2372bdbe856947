import { describe, expect, it } from "vitest";
import { compileForBuild } from "./build-time.ts";

describe("compileForBuild", () => {
  it("compiles with Node esbuild and names the result by a short content hash", async () => {
    const result = await compileForBuild(`import { sleep } from "interleave";\nawait sleep(10);\n`);
    expect(result.ok).toBe(true);
    expect(result.hash).toMatch(/^[0-9a-f]{12}$/);
    if (result.ok) expect(result.map.sources).toContain("snippet.ts");
  });

  it("compiles each distinct source once and gives it a stable hash", async () => {
    const source = `console.log("same");\n`;
    const [first, second] = await Promise.all([compileForBuild(source), compileForBuild(source)]);
    expect(second).toBe(first);
    expect((await compileForBuild(`console.log("other");\n`)).hash).not.toBe(first.hash);
  });

  it("returns diagnostics, with a hash, for a snippet that does not compile", async () => {
    const result = await compileForBuild(`import fs from "node:fs";\nconsole.log(fs);\n`);
    expect(result).toMatchObject({
      ok: false,
      diagnostics: [{ message: `Cannot import "node:fs": snippets may import only "interleave".`, line: 1 }],
    });
    expect(result.hash).toMatch(/^[0-9a-f]{12}$/);
  });
});
