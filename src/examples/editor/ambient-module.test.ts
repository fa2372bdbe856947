import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import ts from "typescript";
import { asAmbientModule } from "./ambient-module.ts";

/** The globals a snippet may use (AbortSignal, …), which the module's types may name too. */
const globals = readFileSync(new URL("../../runtime/globals.d.ts", import.meta.url), "utf8");

/** Syntax and declaration errors TypeScript reports for one declaration file, beside the snippets' globals. */
function declarationErrors(text: string): string[] {
  const host = ts.createCompilerHost({ noEmit: true, types: [] });
  const read = host.getSourceFile;
  const files = new Map([["/types.d.ts", text], ["/globals.d.ts", globals]]);
  host.getSourceFile = (name, version) => {
    const own = files.get(name);
    return own === undefined ? read.call(host, name, version) : ts.createSourceFile(name, own, version, true);
  };
  const program = ts.createProgram([...files.keys()], { noEmit: true, types: [], lib: ["lib.es2024.d.ts"] }, host);
  return [...program.getSyntacticDiagnostics(), ...program.getSemanticDiagnostics()].map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
}

describe("asAmbientModule", () => {
  it("wraps a module-style declaration file as `declare module`", () => {
    const wrapped = asAmbientModule("export declare function sleep(ms: number): Promise<void>;\nexport {};\n", "interleave");
    expect(wrapped).toMatch(/^declare module "interleave" \{\nexport function sleep\(ms: number\): Promise<void>;\s*\}\n$/);
  });

  it("leaves a file that already declares the module alone", () => {
    const text = 'declare module "interleave" { export const x: 1; }';
    expect(asAmbientModule(text, "interleave")).toBe(text);
  });

  it("turns the runtime's real interleave.d.ts into a valid ambient module", () => {
    const source = readFileSync(new URL("../../runtime/interleave.d.ts", import.meta.url), "utf8");
    const wrapped = asAmbientModule(source, "interleave");
    expect(wrapped.startsWith('declare module "interleave" {')).toBe(true);
    expect(declarationErrors(wrapped)).toEqual([]);
  });
});
