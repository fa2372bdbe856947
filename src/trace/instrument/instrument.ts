/**
 * Instruments compiled snippet JavaScript for the trace (issue 8): every `await`, `yield`, `yield*`
 * and `for await`, and the body of every async function, generator, async generator and of the
 * module, calls into the tracer (src/trace/record/tracer.ts) without changing what the program does —
 * each hook returns the value it is given, so no await, `.then` or value is added or replaced.
 *
 *   await x        →  T.awaited(F, s, await T.awaiting(F, s, x))
 *   yield x        →  T.yielded(F, s, yield T.yielding(F, s, x))
 *   yield* x       →  T.delegated(F, s, yield* T.delegating(F, s, x))
 *   function* g()  →  function* g(...{ [T.key]: F = T.create(n, arguments) }) { T.start(F); try {…} catch/finally }
 *   async f()      →  async f() { const F = T.call(n, arguments); try {…} catch/finally }
 *
 * Edits follow one rule so nested wraps close in the right order: opening text is appended to the
 * right of a node's start and closing text prepended to the left of its end, in pre-order.
 */
import { type AnyNode, type BlockStatement, type ForOfStatement, type Function as FunctionNode, parse, type Program } from "acorn";
import MagicString from "magic-string";
import { OUTPUT_FILE } from "../../code/file-names.ts";
import { type SourceMap } from "../../code/source-map.ts";
import { ERROR_BINDING as E, FRAME_BINDING as F, TRACER_BINDING as T, TRACER_EXPRESSION } from "../record/hooks.ts";
import { boundNames, breaksInsideBlock, childNodes, directives, functionName, hasModuleSyntax, isFunction } from "./ast.ts";
import { chainSourceMaps } from "./chain-maps.ts";
import { GeneratedPositions } from "./positions.ts";
import type { FunctionInfo, FunctionKind, InstrumentedModule, Site, SiteKind } from "./sites.ts";

/** Where instrumentation happens: inside a traced function (or the module), or in code it cannot pause. */
interface Scope {
  traced: boolean;
  /** Index of the traced function (0: the module). */
  fn: number;
}

const OPAQUE: Scope = { traced: false, fn: -1 };

/** Thrown when the code cannot be parsed; the trace is then unavailable, the plain run is not. */
export class InstrumentError extends Error {}

/** Adds tracer calls to esbuild's output `js`; `map` is esbuild's source map (JS → TypeScript). */
export function instrument(js: string, map: SourceMap): InstrumentedModule {
  let program: Program;
  try {
    program = parse(js, { ecmaVersion: "latest", sourceType: "module" });
  } catch (error) {
    throw new InstrumentError(`cannot trace this code: ${(error as Error).message}`);
  }
  const instrumenter = new Instrumenter(js, map);
  instrumenter.module(program);
  const out = instrumenter.out;
  return {
    js: out.toString(),
    map: chainSourceMaps(out.generateMap({ source: OUTPUT_FILE, hires: true }), map),
    sites: instrumenter.sites,
    functions: instrumenter.functions,
  };
}

class Instrumenter {
  readonly out: MagicString;
  readonly sites: Site[] = [];
  readonly functions: FunctionInfo[] = [];
  private readonly positions: GeneratedPositions;

  constructor(
    private readonly code: string,
    map: SourceMap,
  ) {
    this.out = new MagicString(code);
    this.positions = new GeneratedPositions(code, map);
  }

  module(program: Program): void {
    this.functions.push({ name: "top level", kind: "module", line: 0, column: 0 });
    // Inside a try block the top level keeps its meaning, unless it must stay at the top (import/export).
    const wrap = !hasModuleSyntax(program) && !breaksInsideBlock(program);
    // Line 1 holds only this: the guest prepends its own marker to line 1.
    this.out.prepend(`const ${T} = ${TRACER_EXPRESSION}, ${F} = ${T}.module();\n${wrap ? "try {\n" : ""}`);
    this.out.append(wrap ? `\n;${T}.fell(${F});\n} ${this.catchFinally()}\n` : `\n;${T}.fell(${F}); ${T}.exit(${F});\n`);
    for (const statement of program.body) this.visit(statement as AnyNode, { traced: true, fn: 0 }, [program as AnyNode]);
  }

  private visit(node: AnyNode, scope: Scope, ancestors: AnyNode[]): void {
    const parent = ancestors[ancestors.length - 1];
    if (isFunction(node)) return this.functionNode(node, parent, ancestors);
    const inner = [...ancestors, node];
    switch (node.type) {
      case "StaticBlock":
        return this.visitChildren(node, OPAQUE, inner);
      case "PropertyDefinition":
        // A computed key runs where the class is defined; the initializer runs later, at construction.
        this.visit(node.key, scope, inner);
        if (node.value) this.visit(node.value, OPAQUE, inner);
        return;
      case "AwaitExpression":
        if (scope.traced) this.wrap(node, "await", "awaiting", "awaited");
        break;
      case "YieldExpression":
        if (scope.traced) this.wrap(node, node.delegate ? "yield*" : "yield", node.delegate ? "delegating" : "yielding", node.delegate ? "delegated" : "yielded");
        break;
      case "ForOfStatement":
        if (scope.traced && node.await) this.forAwait(node, ancestors);
        break;
      case "CatchClause":
        if (scope.traced) {
          // `catch {` gets a name for its exception, so the trace can show what was thrown.
          if (!node.param) this.out.appendLeft(node.start + "catch".length, ` (${E})`);
          const error = !node.param ? E : node.param.type === "Identifier" ? node.param.name : "void 0";
          this.out.appendRight(node.body.start + 1, `${T}.caught(${F}, ${error}); `);
        }
        break;
      case "TryStatement":
        if (scope.traced && node.finalizer) this.out.appendRight(node.finalizer.start + 1, `${T}.enteredFinally(${F}); `);
        break;
      case "ReturnStatement":
        if (scope.traced && scope.fn !== 0) this.returnStatement(node);
        break;
      default:
        break;
    }
    this.visitChildren(node, scope, inner);
  }

  private visitChildren(node: AnyNode, scope: Scope, ancestors: AnyNode[]): void {
    for (const child of childNodes(node)) this.visit(child, scope, ancestors);
  }

  /** `await x` / `yield x` / `yield* x` → `T.after(F, s, <keyword> T.before(F, s, x))`. */
  private wrap(node: AnyNode & { argument?: AnyNode | null }, kind: SiteKind, before: string, after: string): void {
    const site = this.site(kind, node.start);
    this.out.appendRight(node.start, `${T}.${after}(${F}, ${site}, `);
    this.out.prependLeft(node.end, ")");
    const argument = node.argument;
    if (argument) {
      this.out.appendRight(argument.start, `${T}.${before}(${F}, ${site}, `);
      this.out.prependLeft(argument.end, ")");
    } else {
      // A bare `yield`: its value is undefined. Prepended after the close above, so it lands before it.
      this.out.prependLeft(node.end, ` ${T}.${before}(${F}, ${site}, void 0)`);
    }
  }

  private returnStatement(node: AnyNode & { argument?: AnyNode | null }): void {
    if (node.argument) {
      this.out.appendRight(node.argument.start, `${T}.ret(${F}, `);
      this.out.prependLeft(node.argument.end, ")");
    } else {
      this.out.appendLeft(node.start + "return".length, ` ${T}.ret(${F}, void 0)`);
    }
  }

  /**
   * `for await (x of it) body` →
   * `try { for await (x of T.loopEnter(F, s, it)) { T.loopBody(F, s, x); try body finally { T.loopBodyEnd(F, s); } } T.loopDone(F, s); } finally { T.loopExit(F, s); }`
   * (labels stay on the loop, inside the try).
   */
  private forAwait(node: ForOfStatement, ancestors: AnyNode[]): void {
    const site = this.site("for-await", node.start);
    let start = node.start;
    for (let index = ancestors.length - 1; index >= 0; index--) {
      const ancestor = ancestors[index];
      if (ancestor?.type !== "LabeledStatement") break;
      start = ancestor.start;
    }
    const args = `${F}, ${site}`;
    this.out.appendRight(start, "try { ");
    this.out.prependLeft(node.end, ` ${T}.loopDone(${args}); } finally { ${T}.loopExit(${args}); }`);
    this.out.appendRight(node.right.start, `${T}.loopEnter(${args}, `);
    this.out.prependLeft(node.right.end, ")");
    const block = node.body.type === "BlockStatement";
    this.out.appendRight(node.body.start, `{ ${T}.loopBody(${args}, ${loopValue(node)}); try ${block ? "" : "{ "}`);
    this.out.prependLeft(node.body.end, `${block ? "" : " }"} finally { ${T}.loopBodyEnd(${args}); } }`);
  }

  private functionNode(node: FunctionNode & AnyNode, parent: AnyNode | undefined, ancestors: AnyNode[]): void {
    const inner = [...ancestors, node];
    const body = node.body as AnyNode;
    const traced = (node.async || node.generator) && !(body.type === "BlockStatement" && breaksInsideBlock(body as BlockStatement));
    if (node.id) this.visit(node.id as AnyNode, OPAQUE, inner);
    for (const param of node.params) this.visit(param as AnyNode, OPAQUE, inner);
    if (!traced) return this.visit(body, OPAQUE, inner);
    const kind: FunctionKind = node.async ? (node.generator ? "async-generator" : "async") : "generator";
    const fn = this.functions.push({ name: functionName(node, parent), kind, ...this.positions.original(node.start) }) - 1;
    if (body.type === "BlockStatement") this.blockBody(node, body as BlockStatement, fn, kind);
    else this.expressionBody(node, fn);
    this.visit(body, { traced: true, fn }, inner);
  }

  private blockBody(node: FunctionNode, body: BlockStatement, fn: number, kind: FunctionKind): void {
    const createdByParameter = kind !== "async" && this.addCreateParameter(node, fn);
    const prologue = directives(body);
    let open = body.start + 1;
    for (const directive of prologue) {
      // "use strict" is an error with the parameter we add, and says nothing new in a module.
      if (createdByParameter) this.out.remove(directive.start, directive.end);
      else open = directive.end;
    }
    const args = node.type === "ArrowFunctionExpression" ? "" : ", arguments";
    const enter =
      kind === "async"
        ? `const ${F} = ${T}.call(${fn}${args}); `
        : `${createdByParameter ? "" : `const ${F} = ${T}.create(${fn}${args}); `}${T}.start(${F}); `;
    this.out.appendRight(open, `${enter}try { `);
    this.out.appendRight(body.end - 1, ` ${T}.fell(${F}); } ${this.catchFinally()} `);
  }

  /** `async (x) => expr` → `async (x) => { const F = …; try { return T.ret(F, expr); } catch/finally }`. */
  private expressionBody(node: FunctionNode & AnyNode, fn: number): void {
    const arrow = this.code.lastIndexOf("=>", node.body.start) + 2;
    this.out.appendRight(arrow, ` { const ${F} = ${T}.call(${fn}); try { return ${T}.ret(${F}, `);
    this.out.prependLeft(node.end, `); } ${this.catchFinally()} }`);
  }

  /**
   * A generator's frame must exist when it is called (its body waits for `next()`): a rest
   * parameter whose default always runs, and which no argument can fill or count in `length`.
   */
  private addCreateParameter(node: FunctionNode, fn: number): boolean {
    if (node.params.some((param) => param.type === "RestElement")) return false;
    const close = this.code.lastIndexOf(")", (node.body as AnyNode).start);
    const last = node.params[node.params.length - 1];
    const separator = !last ? "" : this.code.slice(last.end, close).includes(",") ? " " : ", ";
    this.out.appendLeft(close, `${separator}...{ [${T}.key]: ${F} = ${T}.create(${fn}, arguments) }`);
    return true;
  }

  private catchFinally(): string {
    return `catch (${E}) { throw ${T}.threw(${F}, ${E}); } finally { ${T}.exit(${F}); }`;
  }

  private site(kind: SiteKind, offset: number): number {
    return this.sites.push({ kind, ...this.positions.original(offset) }) - 1;
  }
}

/** What a `for await` head binds, when it is one plain name; else undefined. */
function loopValue(node: ForOfStatement): string {
  const left = node.left;
  if (left.type === "VariableDeclaration") {
    const names = left.declarations.length === 1 && left.declarations[0]?.id.type === "Identifier" ? boundNames(left.declarations[0].id) : [];
    return names[0] ?? "void 0";
  }
  return left.type === "Identifier" ? left.name : "void 0";
}
