import type { editor } from "monaco-editor/editor/editor.api";
import type { Diagnostic } from "../../code/types.ts";

/** The marker owner for compile (esbuild) errors, apart from TypeScript's own. */
export const MARKER_OWNER = "interleave";

/** What of a model a marker needs: how long each line is. */
export interface LineLengths {
  getLineCount(): number;
  getLineMaxColumn(line: number): number;
}

const ERROR_SEVERITY = 8; // MarkerSeverity.Error

/** Compile errors as Monaco markers, kept inside the text so each one stays visible. */
export function toMarkers(diagnostics: readonly Diagnostic[], model: LineLengths): editor.IMarkerData[] {
  return diagnostics.map(({ message, line, column, length }) => {
    const lineNumber = Math.min(Math.max(1, line), model.getLineCount());
    const maxColumn = model.getLineMaxColumn(lineNumber);
    // An error at the end of a line (e.g. a missing brace) still needs one visible column.
    const startColumn = Math.min(Math.max(1, column), Math.max(1, maxColumn - 1));
    const endColumn = Math.min(startColumn + Math.max(1, length ?? 1), maxColumn);
    return { severity: ERROR_SEVERITY, message, source: "esbuild", startLineNumber: lineNumber, startColumn, endLineNumber: lineNumber, endColumn: Math.max(endColumn, startColumn + 1) };
  });
}
