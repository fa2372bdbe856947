import type { languages } from "monaco-editor/editor/editor.api";

/** Words shiki colours as primitive types (support.type.primitive), not as keywords. */
const primitives = ["any", "bigint", "boolean", "never", "number", "object", "string", "symbol", "unknown", "void"];
/** Words shiki colours as language constants (constant.language, variable.language). */
const constants = ["true", "false", "null", "undefined", "this", "super"];

type Rule = languages.IMonarchLanguageRule;

/**
 * Monaco's TypeScript tokenizer, taught three distinctions shiki makes, so the editor keeps the
 * static block's colours: function names (`sleep(`), primitive types and literal constants.
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
    tokenizer: {
      ...base.tokenizer,
      common: [
        // A name followed by `(` (optionally `<…>` first) is a call or a declaration: shiki's entity.name.function.
        [/#?[a-z_$][\w$]*(?=\s*(?:<[^<>()]*>)?\s*\()/, { cases: { "@keywords": "keyword", "@default": "identifier.function" } }],
        [/#?[a-z_$][\w$]*/, { cases: identifierCases }],
        ...rest,
      ],
    },
  };
}
