import type { Code, Parent, Root } from "mdast";
import { visit } from "unist-util-visit";

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
    } else if (key === "title") parsed.title = value;
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
  /** 1-based line of the fence in the MDX file. */
  line: number;
  node: Code;
  parent: Parent;
}

/** True for a ```ts fence whose meta makes it runnable. */
export function isRunnableFence(node: Code): boolean {
  return typescript.has(node.lang ?? "") && parseFenceMeta(node.meta).kind !== null;
}

/** Finds every runnable fence in document order and pairs each with its ```output fence. */
export function collectRunnables(tree: Root): Runnable[] {
  const runnables: Runnable[] = [];
  visit(tree, "code", (node, index, parent) => {
    if (!parent || index === undefined || !isRunnableFence(node)) return;
    const next = parent.children[index + 1];
    const expected = next?.type === "code" && next.lang === "output" ? next.value : undefined;
    runnables.push({
      index: runnables.length + 1,
      code: node.value,
      meta: parseFenceMeta(node.meta),
      expected,
      line: node.position?.start.line ?? 0,
      node,
      parent,
    });
  });
  return runnables;
}
