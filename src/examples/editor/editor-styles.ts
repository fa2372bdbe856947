const STYLE_ID = "interleave-editor-styles";

/** The few styles of ours the editor needs (the highlighted line); added once, with the editor. */
const css = `
.interleave-highlighted-line { background: color-mix(in srgb, var(--warn, #b58407) 22%, transparent); }
.interleave-highlighted-gutter { border-left: 3px solid var(--warn, #b58407); margin-left: 3px; }
`;

export function addEditorStyles(doc: Document = document): void {
  if (doc.getElementById(STYLE_ID)) return;
  const style = doc.createElement("style");
  style.id = STYLE_ID;
  style.textContent = css;
  doc.head.append(style);
}
