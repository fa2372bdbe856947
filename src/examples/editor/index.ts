/**
 * The example editor: Monaco, loaded on first use, standing in for a static highlighted block.
 * This module is light; Monaco itself arrives with the first `openEditor()` (or `preloadEditor()`).
 */
import { loadMonaco } from "./monaco.ts";
import type { EditorHandle, EditorOptions } from "./types.ts";
import { editorShown, whenEditorShown } from "./editor-shown.ts";
import { measureStaticBlock } from "./static-block.ts";
import { insideTransformedAncestor } from "./layout-context.ts";

export type { Diagnostic, EditorHandle, EditorOptions } from "./types.ts";

/**
 * Replaces the static block inside `host` (its `pre.shiki`) with a Monaco editor of the same
 * size, font and colours. The static block stays until the editor is ready, then is hidden;
 * `dispose()` brings it back.
 */
export async function openEditor(host: HTMLElement, options: EditorOptions): Promise<EditorHandle> {
  // Read the page now, while its layout is clean: once Monaco's stylesheets are in, every read restyles the whole page.
  const place = { metrics: measureStaticBlock(host), transformed: insideTransformedAncestor(host) };
  const [monaco, { mountEditor }] = await Promise.all([loadMonaco(), import("./mount.ts")]);
  const handle = mountEditor(monaco, host, options, place);
  editorShown();
  return handle;
}

/** Resolves once an editor is on screen: start work that would slow the first keystroke (e.g. the compiler) after it. */
export { whenEditorShown };

/** Starts loading Monaco without opening an editor (e.g. on pointer or focus over Edit). */
export function preloadEditor(): void {
  void loadMonaco().catch(() => {});
  void import("./mount.ts").catch(() => {});
}
