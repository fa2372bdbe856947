import type { editor as EditorApi } from "monaco-editor/editor/editor.api";
import type { Monaco } from "./setup.ts";
import { pageLocale, t } from "../../lib/i18n";
import type { EditorHandle, EditorOptions } from "./types.ts";
import { findStaticBlock, type StaticBlockMetrics } from "./static-block.ts";
import { MARKER_OWNER, toMarkers } from "./markers.ts";
import { letEscapeThenTabLeave } from "./escape-hatch.ts";

let editorCount = 0;

/** The editor grows with its code up to this share of the window, then scrolls. */
const MAX_VIEWPORT_SHARE = 0.7;

/** A hint read as the editor input's description (hidden elements still describe), telling the way out and the run key. */
function keyboardHint(id: string): HTMLElement {
  const hint = document.createElement("p");
  hint.id = id;
  hint.hidden = true;
  hint.textContent = t(pageLocale(), "example.editorHint");
  return hint;
}

/** What was read from the page before Monaco loaded: the static block's size and typography, and whether a transform scales it. */
export interface Place {
  metrics: StaticBlockMetrics;
  transformed: boolean;
}

/** The editor's look: the static block's font and size, no extra chrome; `inBlockPlace` when it stands exactly where the block was. */
function editorOptions(label: string, { metrics, transformed }: Place, inBlockPlace: boolean): EditorApi.IStandaloneEditorConstructionOptions {
  return {
    // The container takes the static block's place and size: no need to measure it (a forced layout).
    dimension: inBlockPlace ? { width: metrics.width, height: metrics.height } : undefined,
    ariaLabel: `${label} code editor`,
    // A textarea, not Chromium's EditContext: the same input element in every browser.
    editContext: false,
    fontFamily: metrics.fontFamily,
    fontSize: metrics.fontSize,
    lineHeight: metrics.lineHeight,
    fontLigatures: false,
    padding: { top: metrics.paddingTop, bottom: metrics.paddingBottom },
    lineNumbersMinChars: 2,
    glyphMargin: false,
    folding: false,
    minimap: { enabled: false },
    scrollBeyondLastLine: false,
    overviewRulerLanes: 0,
    overviewRulerBorder: false,
    hideCursorInOverviewRuler: true,
    renderLineHighlightOnlyWhenFocus: true,
    // No indent guides: the static block has none, and the swap should not change the look.
    guides: { indentation: false, bracketPairs: false },
    // The page scrolls on over the editor.
    scrollbar: { alwaysConsumeMouseWheel: false, verticalScrollbarSize: 10, horizontalScrollbarSize: 10 },
    // Hovers and suggestions escape the playground's overflow: hidden, except on a scaled slide (see layout-context.ts).
    fixedOverflowWidgets: !transformed,
    automaticLayout: true,
  };
}

/**
 * Creates the editor in place of the host's static block, at the same size and typography.
 * Only writes to the page until Monaco measures its font: one restyle and layout, not one per read.
 */
export function mountEditor(monaco: Monaco, host: HTMLElement, options: EditorOptions, place: Place): EditorHandle {
  const n = ++editorCount;
  const { metrics } = place;
  const staticBlock = findStaticBlock(host);
  const container = document.createElement("div");
  container.className = "interleave-editor";
  container.dataset.editor = "";
  container.style.height = `${metrics.height}px`;
  const hint = keyboardHint(`interleave-editor-hint-${n}`);
  container.append(hint);
  // Swapped in one go, in the same task as the editor's creation: nothing is painted in between.
  if (staticBlock) {
    staticBlock.after(container);
    staticBlock.hidden = true;
  } else host.append(container);

  const model = monaco.editor.createModel(options.code, "typescript", monaco.Uri.parse(`file:///examples/example-${n}.ts`));
  // Bracket colours are a model option; the static block colours brackets like any punctuation.
  model.updateOptions({ tabSize: 2, insertSpaces: true, bracketColorizationOptions: { enabled: false, independentColorPoolPerBracketType: false } });
  let editor: EditorApi.IStandaloneCodeEditor;
  try {
    editor = monaco.editor.create(container, { model, ...editorOptions(options.label, place, staticBlock !== null) });
  } catch (error) {
    // Never leave the reader without the code: the static block comes back.
    container.remove();
    model.dispose();
    if (staticBlock) staticBlock.hidden = false;
    throw error;
  }
  container.querySelector("textarea")?.setAttribute("aria-describedby", hint.id);

  const maxHeight = Math.max(metrics.height, Math.round(window.innerHeight * MAX_VIEWPORT_SHARE));
  const fitHeight = () => {
    const height = Math.min(Math.max(editor.getContentHeight(), metrics.height), maxHeight);
    if (container.style.height === `${height}px`) return;
    container.style.height = `${height}px`;
    // The width Monaco already knows (kept current by automaticLayout): no forced layout to read it again.
    editor.layout({ width: editor.getLayoutInfo().width, height });
  };
  fitHeight();

  const lineHighlight = editor.createDecorationsCollection();
  const disposables = [
    editor.onDidContentSizeChange(fitHeight),
    model.onDidChangeContent(() => options.onChange?.(model.getValue())),
    editor.addAction({
      id: "interleave.run",
      label: t(pageLocale(), "example.runAction"),
      keybindings: [monaco.KeyMod.CtrlCmd | monaco.KeyCode.Enter],
      run: () => options.onRun?.(),
    }),
  ];
  const stopEscapeHatch = letEscapeThenTabLeave(container);

  let disposed = false;
  return {
    getValue: () => model.getValue(),
    setValue(code) {
      if (code === model.getValue()) return;
      editor.pushUndoStop();
      editor.executeEdits("interleave", [{ range: model.getFullModelRange(), text: code }]);
      editor.pushUndoStop();
    },
    setDiagnostics(diagnostics) {
      monaco.editor.setModelMarkers(model, MARKER_OWNER, toMarkers(diagnostics, model));
    },
    highlightLine(line) {
      if (line === null) return lineHighlight.clear();
      const lineNumber = Math.min(Math.max(1, Math.round(line)), model.getLineCount());
      lineHighlight.set([
        {
          range: new monaco.Range(lineNumber, 1, lineNumber, 1),
          options: { isWholeLine: true, className: "interleave-highlighted-line", linesDecorationsClassName: "interleave-highlighted-gutter" },
        },
      ]);
      editor.revealLineInCenterIfOutsideViewport(lineNumber);
    },
    focus: () => editor.focus(),
    dispose() {
      if (disposed) return;
      disposed = true;
      stopEscapeHatch();
      for (const disposable of disposables) disposable.dispose();
      monaco.editor.setModelMarkers(model, MARKER_OWNER, []);
      editor.dispose();
      model.dispose();
      container.remove();
      if (staticBlock) staticBlock.hidden = false;
    },
  };
}
