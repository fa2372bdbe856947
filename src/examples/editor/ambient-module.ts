/**
 * Turns a declaration file written as a module (top-level `export`s) into an ambient
 * `declare module "name" { … }`, the form Monaco's extra libs need so `import … from "name"`
 * resolves. A file that already declares the module is returned unchanged.
 */
export function asAmbientModule(source: string, name: string): string {
  const quoted = JSON.stringify(name);
  if (new RegExp(`declare\\s+module\\s+["']${escapeRegExp(name)}["']`).test(source)) return source;
  // Inside an ambient module `declare` is implied and not allowed; `export {}` markers are noise.
  const body = source
    .replace(/^(\s*)export\s+declare\s+/gm, "$1export ")
    .replace(/^(\s*)declare\s+(?!global\b)/gm, "$1")
    .replace(/^\s*export\s*\{\s*\}\s*;?\s*$/gm, "");
  return `declare module ${quoted} {\n${body}\n}\n`;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
