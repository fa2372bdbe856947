import type { Code, Parent, Root } from "mdast";
import { visit } from "unist-util-visit";
import { FENCE_STAND_INS } from "../code/python-stand-ins";

/** What a code fence's meta string asks for: ```ts run title="…" timeout=20000 scale=100 trace */
export interface FenceMeta {
  /** `run` for a lone example; `sync`/`async` for the two sides of a <Compare>; null for static code. */
  kind: "run" | "sync" | "async" | null;
  title?: string;
  /** A <Compare> side's own name for its buttons, output and lane (e.g. "callbacks"); "sync"/"async" otherwise. */
  label?: string;
  /** Time limit in logical ms (default 10 s). */
  timeout?: number;
  /** Time runs this many times faster than real time. */
  scale?: number;
  /** Opens the example traced. */
  trace: boolean;
  /** Python only: runs after the Python fence before it, in the same namespace (it uses what that one defined). */
  continues?: boolean;
  /** Python only: a stand-in (src/code/python-stand-ins.ts) supplying what the slide leaves out, e.g. `with=flags`. */
  standIn?: string;
  /** Python only: the title of the TypeScript example on the same page that ports it ("Compare with TypeScript"). */
  port?: string;
}

const runnableKinds = new Set(["run", "sync", "async"]);
const typescript = new Set(["ts", "typescript"]);

/** Parses a fence meta string: bare words and key=value / key="quoted value" pairs. */
export function parseFenceMeta(meta: string | null | undefined): FenceMeta {
  const parsed: FenceMeta = { kind: null, trace: false };
  for (const [, key, quoted, bare] of (meta ?? "").matchAll(/(\w+)(?:=(?:"([^"]*)"|(\S+)))?/g)) {
    const value = quoted ?? bare;
    if (value === undefined) {
      if (key && runnableKinds.has(key)) parsed.kind = key as FenceMeta["kind"];
      if (key === "trace") parsed.trace = true;
      if (key === "continues") parsed.continues = true;
    } else if (key === "title") parsed.title = value;
    else if (key === "port") parsed.port = value;
    else if (key === "with") {
      if (!FENCE_STAND_INS[value]) throw new Error(`fence option with=${value} names no stand-in (known: ${Object.keys(FENCE_STAND_INS).join(", ")})`);
      parsed.standIn = value;
    }
    else if (key === "label") {
      if (!value.trim()) throw new Error("fence option label= needs a name, e.g. label=\"callbacks\"");
      parsed.label = value.trim();
    }
    else if (key === "timeout" || key === "scale") {
      const number = Number(value);
      if (!(number > 0)) throw new Error(`fence option ${key}=${value} must be a positive number`);
      parsed[key] = number;
    }
  }
  if (parsed.label !== undefined && parsed.kind !== "sync" && parsed.kind !== "async") {
    throw new Error(`fence option label="${parsed.label}" names a side of a <Compare>: use it with sync or async`);
  }
  return parsed;
}

/** A runnable example found in a lesson, with the output the lesson promises for it. */
export interface Runnable {
  /** 1-based position among the lesson's runnable examples. */
  index: number;
  code: string;
  meta: FenceMeta;
  /** The ```output fence right after it, if any. */
  expected?: string;
  /** Python marked `continues`: the code of the Python fences it continues, run first, silently (and a stand-in's imports). */
  setup?: string;
  /** Python marked `with=<stand-in>`: the stand-in's driver, run after it. */
  epilogue?: string;
  /** 1-based line of the fence in the MDX file. */
  line: number;
  node: Code;
  parent: Parent;
}

/** True for a ```ts fence whose meta makes it runnable. */
export function isRunnableFence(node: Code): boolean {
  return typescript.has(node.lang ?? "") && parseFenceMeta(node.meta).kind !== null;
}

/** True for a ```python run fence: a seed's original the page can run with Pyodide. */
export function isPythonRunFence(node: Code): boolean {
  return (node.lang === "python" || node.lang === "py") && parseFenceMeta(node.meta).kind === "run";
}

/** What runs around a Python fence: the fence it continues and a stand-in's imports first, the stand-in's driver after. */
function pythonAround(meta: FenceMeta, previousPython: string | undefined): { setup?: string; epilogue?: string } {
  const standIn = meta.standIn === undefined ? undefined : FENCE_STAND_INS[meta.standIn];
  const setup = [meta.continues ? previousPython : undefined, standIn?.before].filter((part) => part !== undefined).join("\n");
  return { ...(setup ? { setup } : {}), ...(standIn?.after ? { epilogue: standIn.after } : {}) };
}

/**
 * Finds every runnable fence in document order and pairs each with its ```output fence:
 * TypeScript examples, or (`python`) the seeds' runnable Python originals.
 */
export function collectRunnables(tree: Root, language: "ts" | "python" = "ts"): Runnable[] {
  const runnables: Runnable[] = [];
  const runnable = language === "ts" ? isRunnableFence : isPythonRunFence;
  // Each Python fence with the code it continues (`continues` chains back to the fence before it).
  let pythonSoFar: string | undefined;
  visit(tree, "code", (node, index, parent) => {
    const isPython = node.lang === "python" || node.lang === "py";
    const previousPython = pythonSoFar;
    if (isPython) pythonSoFar = parseFenceMeta(node.meta).continues && previousPython !== undefined ? `${previousPython}\n${node.value}` : node.value;
    if (!parent || index === undefined || !runnable(node)) return;
    const next = parent.children[index + 1];
    const expected = next?.type === "code" && next.lang === "output" ? next.value : undefined;
    runnables.push({
      index: runnables.length + 1,
      code: node.value,
      meta: parseFenceMeta(node.meta),
      expected,
      ...(isPython ? pythonAround(parseFenceMeta(node.meta), previousPython) : {}),
      line: node.position?.start.line ?? 0,
      node,
      parent,
    });
  });
  return runnables;
}
