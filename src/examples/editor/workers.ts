import EditorWorker from "monaco-editor/editor/editor.worker?worker";
import TypeScriptWorker from "monaco-editor/languages/features/typescript/ts.worker?worker";
import { whenEditorShown } from "./editor-shown.ts";

/**
 * Tells Monaco to start its workers from the bundles Vite builds (one for editing, one for
 * TypeScript), only once the first editor is on screen: Monaco accepts a promised worker, so hover
 * types and squiggles arrive a moment later instead of delaying the first keystroke.
 */
export function installMonacoWorkers(): void {
  self.MonacoEnvironment = {
    getWorker: (_workerId: string, label: string) =>
      whenEditorShown().then(() => (label === "typescript" || label === "javascript" ? new TypeScriptWorker() : new EditorWorker())),
  };
}
