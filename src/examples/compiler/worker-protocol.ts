import type { CompileResult } from "../../code/types.ts";

/** What the page asks the compiler worker: warm up, or compile one snippet. */
export type CompileRequestBody = { kind: "warm-up" } | { kind: "compile"; source: string };
export type CompileRequest = CompileRequestBody & { id: number };

/** The worker's answer to the request with the same id; "crashed" means the compiler itself failed. */
export type CompileResponse =
  | { id: number; outcome: "warm" }
  | { id: number; outcome: "compiled"; result: CompileResult }
  | { id: number; outcome: "crashed"; message: string };
