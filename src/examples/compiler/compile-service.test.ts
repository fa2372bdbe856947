import * as esbuild from "esbuild";
import { describe, expect, it, vi } from "vitest";
import { facadeSource } from "../../runtime/facade.ts";
import { createCompileService } from "./compile-service.ts";

describe("createCompileService", () => {
  it("initialises esbuild once however many requests arrive at once", async () => {
    const initialize = vi.fn(async () => {});
    const handle = createCompileService({ esbuild, initialize, facadeSource: facadeSource() });
    const responses = await Promise.all([
      handle({ id: 1, kind: "warm-up" }),
      handle({ id: 2, kind: "compile", source: `console.log(1 as number);` }),
      handle({ id: 3, kind: "warm-up" }),
      handle({ id: 4, kind: "compile", source: `const = 1;` }),
    ]);
    expect(initialize).toHaveBeenCalledTimes(1);
    expect(responses.map((response) => [response.id, response.outcome])).toEqual([
      [1, "warm"],
      [2, "compiled"],
      [3, "warm"],
      [4, "compiled"],
    ]);
    expect(responses[3]).toMatchObject({ result: { ok: false, diagnostics: [{ line: 1, column: 7 }] } });
  });

  it("answers with the compiler's failure, not a diagnostic, when esbuild cannot start", async () => {
    const initialize = async () => {
      throw new Error("wasm fetch failed");
    };
    const handle = createCompileService({ esbuild, initialize, facadeSource: facadeSource() });
    expect(await handle({ id: 7, kind: "compile", source: "1" })).toEqual({
      id: 7,
      outcome: "crashed",
      message: "wasm fetch failed",
    });
  });
});
