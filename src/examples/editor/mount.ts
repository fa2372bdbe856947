import type { Monaco } from "./setup.ts";
import type { EditorHandle, EditorOptions } from "./types.ts";
import { findStaticBlock, measureStaticBlock } from "./static-block.ts";
import { MARKER_OWNER, toMarkers } from "./markers.ts";
import { letEscapeThenTabLeave } from "./escape-hatch.ts";
import { insideTransformedAncestor } from "./layout-context.ts";

let editorCount = 0;

/** The editor grows with its code up to this share of the window, then scrolls. */
const MAX_VIEWPORT_SHARE = 0.7;

/** A hint read as the editor input's description (hidden elements still describe), telling the way out and the run key. */
function keyboardHint(id: string): HTMLElement {
  const hint = document.createElement("p");
  hint.id = id;
  hint.hidden = true;
  hint.textContent = "Press Escape then Tab to leave the editor (or Ctrl+M to make Tab move focus). Ctrl+Enter or Cmd+Enter runs the example.";
  return hint;
}

/** Creates the editor in place of the host's static block, at the same size and typography. */
export function mountEditor(monaco: Monaco, host: HTMLElement, options: EditorOptions): EditorHandle {
  const n = ++editorCount;
  const metrics = measureStaticBlock(host);
  const staticBlock = findStaticBlock(host);
  const container = document.createElement("div");
  container.className = "interleave-editor";
  container.dataset.editor = "";
  container.style.height = `${metrics.height}px`;
  const hint = keyboardHint(`interleave-editor-hint-${n}`);
  container.append(hint);
  if (staticBlock) staticBlock.after(container);
  else host.append(container);

  const model = monaco.editor.createModel(options.code, "typescript", monaco.Uri.parse(`file:///examples/example-${n}.ts`));
  // Bracket colours are a model option; the static block colours brackets like any punctuation.
  model.updateOptions({ tabSize: 2, insertSpaces: true, bracketColorizationOptions: { enabled: false, independentColorPoolPerBracketType: false } });
  const editor = monaco.editor.create(container, {
    model,
    ariaLabel: `${options.label} code editor`,
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
    fixedOverflowWidgets: !insideTransformedAncestor(host),
    automaticLayout: true,
  });
  if (staticBlock) staticBlock.hidden = true;
  container.querySelector("textarea")?.setAttribute("aria-describedby", hint.id);

  const maxHeight = Math.max(metrics.height, Math.round(window.innerHeight * MAX_VIEWPORT_SHARE));
  const fitHeight = () => {
    const height = Math.min(Math.max(editor.getContentHeight(), metrics.height), maxHeight);
    if (container.style.height === `${height}px`) return;
    container.style.height = `${height}px`;
    editor.layout();
  };
  fitHeight();

  const lineHighlight = editor.createDecorationsCollection();
  const disposables = [
    editor.onDidContentSizeChange(fitHeight),
    model.onDidChangeContent(() => options.onChange?.(model.getValue())),
    editor.addAction({
      id: "interleave.run",
      label: "Run example",
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
