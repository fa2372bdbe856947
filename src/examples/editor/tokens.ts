import type { languages } from "monaco-editor/editor/editor.api";

/** Words shiki colours as primitive types (support.type.primitive), not as keywords. */
const primitives = ["any", "bigint", "boolean", "never", "number", "object", "string", "symbol", "unknown", "void"];
/** Words shiki colours as language constants (constant.language, variable.language). */
const constants = ["true", "false", "null", "undefined", "this", "super"];
/** Built-in globals shiki colours as support classes, unlike the reader's own types. */
const builtins = ["Array", "BigInt", "Boolean", "Date", "Error", "Intl", "JSON", "Math", "Number", "Object", "Promise", "Reflect", "RegExp", "String", "Symbol"];

type Rule = languages.IMonarchLanguageRule;

// A name followed by `(` (optionally `<…>` first) is a call or a declaration: shiki's entity.name.function.
const beforeCall = String.raw`(?=\s*(?:<[^<>()]*>)?\s*\()`;

/**
 * Monaco's TypeScript tokenizer, taught the distinctions shiki makes, so the editor keeps the
 * static block's colours: function names (`sleep(`), primitive types, literal constants and
 * built-in globals.
 */
export function withShikiLikeTokens(base: languages.IMonarchLanguage): languages.IMonarchLanguage {
  const common = (base.tokenizer.common ?? []) as Rule[];
  // The first rule of `common` is the lowercase identifier/keyword rule this replaces.
  const rest = common.slice(1);
  const identifierCases = { "@primitives": "type.primitive", "@constants": "constant.language", "@keywords": "keyword", "@default": "identifier" };
  return {
    ...base,
    primitives,
    constants,
    builtins,
    tokenizer: {
      ...base.tokenizer,
      common: [
        [new RegExp(`#?[a-z_$][\\w$]*${beforeCall}`), { cases: { "@keywords": "keyword", "@default": "identifier.function" } }],
        [/#?[a-z_$][\w$]*/, { cases: identifierCases }],
        [new RegExp(`[A-Z][\\w$]*${beforeCall}`), { cases: { "@builtins": "type.builtin", "@default": "identifier.function" } }],
        [/[A-Z][\w$]*/, { cases: { "@builtins": "type.builtin", "@default": "type.identifier" } }],
        ...rest,
      ],
    },
  };
}
