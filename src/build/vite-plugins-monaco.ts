import type { Plugin } from "vite";
import { monacoCssWithEditor, monacoRootRulesOnEditors } from "./vite-plugin-monaco-css.ts";
import { monacoWithoutUnusedFeatures } from "./vite-plugin-monaco-slim.ts";

/**
 * What the build needs for the lazily loaded editor. In astro.config.mjs:
 * `vite: { plugins: [monacoForExamples()] }`.
 */
export function monacoForExamples(): Plugin[] {
  return [monacoCssWithEditor(), monacoRootRulesOnEditors(), monacoWithoutUnusedFeatures()];
}
