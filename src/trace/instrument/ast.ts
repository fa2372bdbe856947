/** Small questions about an acorn (ESTree) syntax tree that the instrumenter asks. */
import type { AnyNode, BlockStatement, Function as FunctionNode, Pattern, Program, Statement } from "acorn";

function isNode(value: unknown): value is AnyNode {
  return typeof value === "object" && value !== null && typeof (value as { type?: unknown }).type === "string";
}

/** A node's child nodes, in source order. */
export function childNodes(node: AnyNode): AnyNode[] {
  const children: AnyNode[] = [];
  for (const [key, value] of Object.entries(node)) {
    if (key === "loc" || key === "range") continue;
    if (Array.isArray(value)) {
      for (const item of value) if (isNode(item)) children.push(item);
    } else if (isNode(value)) children.push(value);
  }
  return children;
}

export function isFunction(node: AnyNode): node is FunctionNode & AnyNode {
  return node.type === "FunctionDeclaration" || node.type === "FunctionExpression" || node.type === "ArrowFunctionExpression";
}

/** Every identifier a binding pattern declares. */
export function boundNames(pattern: Pattern | null | undefined, names: string[] = []): string[] {
  if (!pattern) return names;
  switch (pattern.type) {
    case "Identifier":
      names.push(pattern.name);
      break;
    case "ObjectPattern":
      for (const property of pattern.properties) boundNames(property.type === "RestElement" ? property.argument : property.value, names);
      break;
    case "ArrayPattern":
      for (const element of pattern.elements) boundNames(element, names);
      break;
    case "RestElement":
      boundNames(pattern.argument, names);
      break;
    case "AssignmentPattern":
      boundNames(pattern.left, names);
      break;
    default:
      break;
  }
  return names;
}

/** Names declared with `var` anywhere in a body, nested functions excluded (the spec's VarDeclaredNames). */
function varNames(node: AnyNode, names: string[] = []): string[] {
  if (node.type === "VariableDeclaration" && node.kind === "var") {
    for (const declarator of node.declarations) boundNames(declarator.id, names);
  }
  for (const child of childNodes(node)) {
    if (!isFunction(child) && child.type !== "ClassBody") varNames(child, names);
  }
  return names;
}

/**
 * Whether a body's statements would stop being valid inside a block: there, function
 * declarations are lexical, so one may not share its name with a `var` or another function.
 */
export function breaksInsideBlock(body: Program | BlockStatement): boolean {
  const functionNames: string[] = [];
  for (const statement of body.body) {
    const declaration = statement.type === "ExportNamedDeclaration" || statement.type === "ExportDefaultDeclaration" ? statement.declaration : statement;
    if (declaration?.type === "FunctionDeclaration" && declaration.id) functionNames.push(declaration.id.name);
  }
  if (new Set(functionNames).size !== functionNames.length) return true;
  const vars = new Set(body.body.flatMap((statement) => varNames(statement as AnyNode)));
  return functionNames.some((name) => vars.has(name));
}

/** Whether a module has import or export statements (they must stay at its top level). */
export function hasModuleSyntax(program: Program): boolean {
  return program.body.some((statement) => statement.type.startsWith("Import") || statement.type.startsWith("Export"));
}

/** The leading "use strict"-style directives of a function body. */
export function directives(body: BlockStatement): Statement[] {
  const found: Statement[] = [];
  for (const statement of body.body) {
    if (statement.type !== "ExpressionStatement" || statement.directive === undefined) break;
    found.push(statement);
  }
  return found;
}

/** The name a reader knows a function by: its own, its variable's, its method's or property's. */
export function functionName(node: FunctionNode, parent: AnyNode | undefined): string {
  if (node.id) return node.id.name;
  if (!parent) return "anonymous";
  switch (parent.type) {
    case "VariableDeclarator":
      return parent.id.type === "Identifier" ? parent.id.name : "anonymous";
    case "MethodDefinition":
    case "Property":
    case "PropertyDefinition":
      return keyName(parent.key, parent.computed);
    case "AssignmentExpression":
      return parent.left.type === "Identifier" ? parent.left.name : parent.left.type === "MemberExpression" ? keyName(parent.left.property, parent.left.computed) : "anonymous";
    default:
      return "anonymous";
  }
}

function keyName(key: AnyNode, computed: boolean): string {
  if (key.type === "Identifier" && !computed) return key.name;
  if (key.type === "PrivateIdentifier") return `#${key.name}`;
  if (key.type === "Literal") return String(key.value);
  if (key.type === "MemberExpression" && key.object.type === "Identifier" && key.object.name === "Symbol" && key.property.type === "Identifier") {
    return `[Symbol.${key.property.name}]`;
  }
  return "[computed]";
}
