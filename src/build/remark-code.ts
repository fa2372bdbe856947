import type { Code, Parent, Root, RootContent } from "mdast";
import type { VFile } from "vfile";
import { visit } from "unist-util-visit";
import { toHtml } from "hast-util-to-html";
import { collectRunnables, type Runnable } from "./fences";
import { highlightToHast } from "./highlight";
import { lessonIdFromPath } from "./lesson-id";
import { pythonNotes } from "../code/python-notes";
import { localeOfContentFile } from "../lib/i18n";

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

/** What a <Playground> shows besides its code. */
export interface PlaygroundProps {
  id: string;
  expected?: string;
  side?: string;
  label?: string;
  title?: string;
  timeout?: number;
  scale?: number;
  trace?: boolean;
}

/** A <Playground> element for `code`, compiled and highlighted at build time; a compile error fails the build at `line`. */
export async function playgroundElement(code: string, props: PlaygroundProps, line: number, file: VFile, options: RemarkCodeOptions): Promise<RootContent> {
  const compiled = await options.compile(code);
  if (!compiled.ok) {
    const [first] = compiled.diagnostics;
    file.fail(`${file.path}:${line + (first?.line ?? 0)}: ${props.id} does not compile: ${first?.message ?? "unknown error"}`);
  }
  const html = toHtml(await highlightToHast(code, "ts"));
  return {
    type: "mdxJsxFlowElement",
    name: "Playground",
    attributes: attributes({ ...props, code, html, module: compiled.url }),
    children: [],
  } as unknown as RootContent;
}

/** Replaces a runnable fence (and its ```output fence) with a <Playground> carrying build-time work. */
function toPlayground(runnable: Runnable, file: VFile, options: RemarkCodeOptions) {
  const { meta } = runnable;
  const id = `${lessonIdFromPath(file.path)}/${runnable.index}`;
  const side = meta.kind === "run" ? undefined : meta.kind ?? undefined;
  return playgroundElement(runnable.code, { id, expected: runnable.expected, side, label: meta.label, title: meta.title, timeout: meta.timeout, scale: meta.scale, trace: meta.trace }, runnable.line, file, options);
}

/** Replaces a seed's runnable Python original (and its ```output fence) with a Python <Playground>: nothing to compile. */
async function toPythonPlayground(runnable: Runnable, file: VFile, typescript: Runnable[]) {
  const lessonId = lessonIdFromPath(file.path);
  const portIndex = runnable.meta.port === undefined ? undefined : typescript.find((ts) => ts.meta.title === runnable.meta.port)?.index;
  if (runnable.meta.port !== undefined && portIndex === undefined) {
    file.fail(`${file.path}:${runnable.line}: port="${runnable.meta.port}" names no TypeScript example with that title on this page`);
  }
  const html = toHtml(await highlightToHast(runnable.code, "python"));
  return {
    type: "mdxJsxFlowElement",
    name: "Playground",
    attributes: attributes({
      id: `${lessonId}/py${runnable.index}`,
      port: portIndex === undefined ? undefined : `${lessonId}/${portIndex}`,
      code: runnable.code,
      html,
      expected: runnable.expected,
      language: "python",
      setup: runnable.setup,
      epilogue: runnable.epilogue,
      notes: pythonNotes(runnable.code, localeOfContentFile(file.path)).join("\n") || undefined,
      title: runnable.meta.title,
      timeout: runnable.meta.timeout,
      scale: runnable.meta.scale,
    }),
    children: [],
  } as unknown as RootContent;
}

/** Puts each runnable's <Playground> where its fence (and ```output fence) stood. */
async function replaceRunnables(runnables: Runnable[], make: (runnable: Runnable) => Promise<RootContent>) {
  for (const runnable of runnables) {
    const { parent, node } = runnable;
    const at = parent.children.indexOf(node);
    const removeOutput = runnable.expected !== undefined ? 2 : 1;
    parent.children.splice(at, removeOutput, (await make(runnable)) as never);
  }
}

/** A note beside a Python original (what cannot run in a browser, which stand-in plays a part). */
function noteElement(text: string) {
  return { type: "element", tagName: "p", properties: { className: ["pg-note"] }, children: [{ type: "text", value: text }] };
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
    const typescript = collectRunnables(tree);
    const python = collectRunnables(tree, "python");
    for (const runnable of typescript) {
      if (runnable.meta.kind !== "run") nameCompareSide(runnable.parent, runnable.meta.label ?? runnable.meta.kind ?? "");
    }
    await replaceRunnables(typescript, (runnable) => toPlayground(runnable, file, options));
    await replaceRunnables(python, (runnable) => toPythonPlayground(runnable, file, typescript));
    const statics: Code[] = [];
    visit(tree, "code", (node) => void statics.push(node));
    for (const node of statics) {
      const pre = await highlightToHast(node.value, node.lang);
      const label = node.lang === "output" ? "output" : undefined;
      const notes = node.lang === "python" ? pythonNotes(node.value, localeOfContentFile(file.path)).map(noteElement) : [];
      Object.assign(node, {
        data: { hName: "div", hProperties: { className: ["code-block"], dataLabel: label }, hChildren: [pre, ...notes] },
      });
    }
  };
}
