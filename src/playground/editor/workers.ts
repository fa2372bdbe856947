import EditorWorker from "monaco-editor/editor/editor.worker?worker";
import TypeScriptWorker from "monaco-editor/languages/features/typescript/ts.worker?worker";

/** Tells Monaco to start its workers from the bundles Vite builds (one for editing, one for TypeScript). */
export function installMonacoWorkers(): void {
  self.MonacoEnvironment = {
    getWorker: (_workerId: string, label: string) =>
      label === "typescript" || label === "javascript" ? new TypeScriptWorker() : new EditorWorker(),
  };
}
