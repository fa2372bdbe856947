import type { Code, Parent, Root, RootContent } from "mdast";
import type { VFile } from "vfile";
import { visit } from "unist-util-visit";
import { toHtml } from "hast-util-to-html";
import { collectRunnables, type Runnable } from "./fences";
import { highlightToHast } from "./highlight";
import { lessonIdFromPath } from "./lesson-id";

/** The build-time compile of one example, as the site ships it. */
export type CompiledSnippet =
  | { ok: true; url: string }
  | { ok: false; diagnostics: { message: string; line: number; column: number }[] };

export interface RemarkCodeOptions {
  /** Compiles an example's TypeScript and returns the URL of its shipped module. */
  compile: (code: string) => Promise<CompiledSnippet>;
}

type JsxAttribute = { type: "mdxJsxAttribute"; name: string; value: string | null };

/** A JSX attribute for each defined prop; `true` becomes a bare attribute. */
function attributes(props: Record<string, string | number | boolean | undefined>): JsxAttribute[] {
  return Object.entries(props)
    .filter(([, value]) => value !== undefined && value !== false)
    .map(([name, value]) => ({ type: "mdxJsxAttribute", name, value: value === true ? null : String(value) }));
}

/** Replaces a runnable fence (and its ```output fence) with a <Playground> carrying build-time work. */
async function toPlayground(runnable: Runnable, file: VFile, options: RemarkCodeOptions) {
  const compiled = await options.compile(runnable.code);
  if (!compiled.ok) {
    const [first] = compiled.diagnostics;
    const line = runnable.line + (first?.line ?? 0);
    file.fail(`${file.path}:${line}: example ${runnable.index} does not compile: ${first?.message ?? "unknown error"}`);
  }
  const { meta } = runnable;
  const html = toHtml(await highlightToHast(runnable.code, "ts"));
  const id = `${lessonIdFromPath(file.path)}/${runnable.index}`;
  return {
    type: "mdxJsxFlowElement",
    name: "Playground",
    attributes: attributes({
      id,
      code: runnable.code,
      html,
      expected: runnable.expected,
      module: compiled.url,
      side: meta.kind === "run" ? undefined : meta.kind ?? undefined,
      label: meta.label,
      title: meta.title,
      timeout: meta.timeout,
      scale: meta.scale,
      trace: meta.trace,
    }),
    children: [],
  } as unknown as RootContent;
}

/** Tells the <Compare> holding a side that side's name, for its Run both hint ("callbacks and await"). */
function nameCompareSide(parent: Parent, name: string): void {
  const element = parent as Parent & { name?: string; attributes?: JsxAttribute[] };
  if (element.name !== "Compare" || !element.attributes) return;
  const sides = element.attributes.find((attribute) => attribute.name === "sides");
  if (sides) sides.value = `${sides.value}\n${name}`;
  else element.attributes.push({ type: "mdxJsxAttribute", name: "sides", value: name });
}

/** remark plugin: runnable fences become <Playground>s; every other fence is highlighted at build time. */
export default function remarkCode(options: RemarkCodeOptions) {
  return async (tree: Root, file: VFile) => {
    for (const runnable of collectRunnables(tree)) {
      const { parent, node } = runnable;
      if (runnable.meta.kind !== "run") nameCompareSide(parent, runnable.meta.label ?? runnable.meta.kind ?? "");
      const at = parent.children.indexOf(node);
      const removeOutput = runnable.expected !== undefined ? 2 : 1;
      parent.children.splice(at, removeOutput, (await toPlayground(runnable, file, options)) as never);
    }
    const statics: Code[] = [];
    visit(tree, "code", (node) => void statics.push(node));
    for (const node of statics) {
      const pre = await highlightToHast(node.value, node.lang);
      const label = node.lang === "output" ? "output" : undefined;
      Object.assign(node, {
        data: { hName: "div", hProperties: { className: ["code-block"], dataLabel: label }, hChildren: [pre] },
      });
    }
  };
}
