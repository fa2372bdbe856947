/**
 * Finds the practice items of a lesson: each <Exercise> (task, ```ts starter, ```ts solution,
 * ```ts check, ```ts wrong="…" fails="…" fences, <Hint>s) and each <Predict> (a runnable fence and
 * its ```output). Used by the remark plugin that renders them and by the test that checks them.
 */
import type { Code, Parent, Root, RootContent } from "mdast";
import { visit } from "unist-util-visit";

/** A typical wrong answer kept beside its exercise: the check named `fails` must fail on it. */
export interface WrongAnswer {
  label: string;
  fails: string;
  code: string;
  line: number;
}

export interface Exercise {
  /** Unique within the lesson ("take"); with the lesson's id, it keys saved code and solved marks. */
  id: string;
  title: string;
  starter: string;
  solution: string;
  checks: string;
  wrong: WrongAnswer[];
  /** Time limit in real ms and time scale, like a runnable fence's. */
  timeout?: number;
  scale?: number;
  /** Check runs the code traced, so checks can read its pauses and what resumed them. */
  trace: boolean;
  line: number;
  node: JsxElement;
}

export interface Predict {
  id: string;
  title: string;
  code: string;
  /** The real order, from the runnable's ```output fence. */
  lines: string[];
  line: number;
  node: JsxElement;
}

export type JsxElement = Parent & { type: "mdxJsxFlowElement"; name: string | null; attributes: { type: string; name: string; value?: unknown }[] };

/** key=value and key="quoted value" pairs of a fence's meta, and its bare words. */
export function metaOf(meta: string | null | undefined): { words: Set<string>; pairs: Map<string, string> } {
  const words = new Set<string>();
  const pairs = new Map<string, string>();
  for (const [, key, quoted, bare] of (meta ?? "").matchAll(/(\w+)(?:=(?:"([^"]*)"|(\S+)))?/g)) {
    const value = quoted ?? bare;
    if (value === undefined) words.add(key!);
    else pairs.set(key!, value);
  }
  return { words, pairs };
}

/** A JSX attribute's string value. */
export function attribute(node: JsxElement, name: string): string | undefined {
  const value = node.attributes.find((a) => a.type === "mdxJsxAttribute" && a.name === name)?.value;
  return typeof value === "string" ? value : undefined;
}

const isElement = (node: unknown, name: string): node is JsxElement =>
  typeof node === "object" && node !== null && (node as JsxElement).type === "mdxJsxFlowElement" && (node as JsxElement).name === name;

const fencesIn = (node: JsxElement) => node.children.filter((child): child is Code => child.type === "code");

const positive = (text: string | undefined) => (text && Number(text) > 0 ? Number(text) : undefined);

/** The fence whose meta starts with `role`, or a build error naming what is missing. */
function roleFence(fences: Code[], role: string, where: string): Code {
  const found = fences.find((fence) => metaOf(fence.meta).words.has(role));
  if (!found) throw new Error(`${where}: an <Exercise> needs a \`\`\`ts ${role} fence`);
  return found;
}

/** Every <Exercise> in document order, read and validated. */
export function collectExercises(tree: Root, file = "lesson"): Exercise[] {
  const exercises: Exercise[] = [];
  visit(tree, (node) => {
    if (!isElement(node, "Exercise")) return;
    const line = node.position?.start.line ?? 0;
    const where = `${file}:${line}`;
    const id = attribute(node, "id");
    const title = attribute(node, "title");
    if (!id || !/^[a-z0-9-]+$/.test(id)) throw new Error(`${where}: an <Exercise> needs an id of lowercase letters, digits and dashes`);
    if (!title) throw new Error(`${where}: an <Exercise> needs a title`);
    const fences = fencesIn(node);
    const wrong = fences
      .filter((fence) => metaOf(fence.meta).pairs.has("wrong"))
      .map((fence) => {
        const { pairs } = metaOf(fence.meta);
        const fails = pairs.get("fails");
        if (!fails) throw new Error(`${file}:${fence.position?.start.line}: a wrong answer must name the check it fails (fails="…")`);
        return { label: pairs.get("wrong")!, fails, code: fence.value, line: fence.position?.start.line ?? 0 };
      });
    exercises.push({
      id,
      title,
      starter: roleFence(fences, "starter", where).value,
      solution: roleFence(fences, "solution", where).value,
      checks: roleFence(fences, "check", where).value,
      wrong,
      timeout: positive(attribute(node, "timeout")),
      scale: positive(attribute(node, "scale")),
      trace: node.attributes.some((a) => a.type === "mdxJsxAttribute" && a.name === "trace"),
      line,
      node,
    });
  });
  if (new Set(exercises.map((e) => e.id)).size !== exercises.length) throw new Error(`${file}: two exercises share an id`);
  return exercises;
}

/** Every <Predict> in document order, with the lines its runnable promises. */
export function collectPredicts(tree: Root, file = "lesson"): Predict[] {
  const predicts: Predict[] = [];
  visit(tree, (node) => {
    if (!isElement(node, "Predict")) return;
    const line = node.position?.start.line ?? 0;
    const fences = fencesIn(node);
    const at = fences.findIndex((fence) => metaOf(fence.meta).words.has("run"));
    const output = fences[at + 1];
    const id = attribute(node, "id");
    if (!id || at < 0 || output?.lang !== "output") throw new Error(`${file}:${line}: a <Predict id="…"> holds a \`\`\`ts run fence and its \`\`\`output`);
    predicts.push({ id, title: attribute(node, "title") ?? "Predict the output", code: fences[at]!.value, lines: output.value.trimEnd().split("\n"), line, node });
  });
  return predicts;
}

/** The lines in a fixed order that is never the answer's (the same on every build). */
export function scrambled(lines: readonly string[]): string[] {
  if (lines.length < 2) return [...lines];
  // Odd positions, then even ones, reversed: deterministic, and never the original for 2+ lines.
  const order = [...lines.filter((_, i) => i % 2 === 1), ...lines.filter((_, i) => i % 2 === 0)].reverse();
  return order.every((line, i) => line === lines[i]) ? [...lines].reverse() : order;
}

export type { RootContent };
