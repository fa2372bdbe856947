const STYLE_ID = "interleave-trace-styles";

/** The trace panel's styles: added with the first trace, so a page that never traces loads none of them. */
const css = `
.pg-code .line[data-marked="current"] { background: color-mix(in srgb, var(--accent) 20%, transparent); box-shadow: inset 4px 0 0 var(--accent); outline: none; }
.playground[data-traced] .pg-timeline { display: none; }
.trace { border-top: 1px solid var(--border); padding: 0.6em 0.9em 0.7em; font-size: 0.85em; }
.trace[hidden] { display: none; }
.trace-bar { display: flex; flex-wrap: wrap; align-items: center; gap: 0.4em 0.8em; }
.trace-steps { display: inline-flex; gap: 0.3em; }
.trace-steps .button { font-size: 0.8rem; padding: 0.4em 0.65em; white-space: nowrap; }
.trace-scrub { display: inline-flex; align-items: center; gap: 0.5em; flex: 1 1 10em; font-weight: 600; color: var(--muted); }
.trace-scrub input { flex: 1; min-width: 6em; accent-color: var(--accent); }
.trace-position { font-variant-numeric: tabular-nums; color: var(--muted); white-space: nowrap; }
.trace-now { margin: 0.55em 0 0.45em; padding: 0.45em 0.7em; border-radius: 8px; background: var(--accent-soft, var(--surface-2)); border-left: 4px solid var(--accent); font-weight: 600; min-height: 1.5em; }
.trace-main { display: grid; grid-template-columns: minmax(0, 1.6fr) minmax(12em, 1fr); gap: 0.4em 1em; align-items: start; }
.trace-lanes .tl-legend, .trace-lanes .tl-text { display: none; }
.trace-state { display: grid; gap: 0.45em; font-size: 0.92em; }
.trace-state h3 { margin: 0; font-size: 0.8em; text-transform: uppercase; letter-spacing: 0.06em; color: var(--muted); }
.trace-state ul, .trace-state ol { margin: 0.15em 0 0; padding-left: 1.2em; }
.trace-state li { margin: 0.05em 0; }
.trace-state .trace-empty { color: var(--muted); font-style: italic; list-style: none; margin-left: -1.2em; }
.trace-frame-running { font-weight: 700; }
.trace-frame-running::marker { content: "▶ "; color: var(--accent); }
.trace-frame-suspended::marker { content: "‖ "; color: var(--warn); font-weight: 700; }
.trace-frame-created::marker { content: "○ "; color: var(--muted); }
.trace-where { color: var(--muted); font-weight: 400; }
.trace-legend { display: flex; flex-wrap: wrap; gap: 0.2em 1.1em; font-size: 0.8em; color: var(--muted); margin: 0.2em 0 0; }
.trace-legend span { display: inline-flex; align-items: center; gap: 0.35em; }
.trace-key { display: inline-block; width: 0.8em; height: 0.8em; border-radius: 50%; }
.trace-key-pause { background: var(--warn); }
.trace-key-resume { background: var(--ok); }
.trace-key-cursor { width: 3px; height: 1em; border-radius: 0; background: var(--error); }
.trace-notice { margin: 0.4em 0 0; color: var(--muted); }
.trace-notice[data-kind="warn"] { color: var(--warn); font-weight: 600; }
.trace-notice[data-kind="error"] { color: var(--error); font-weight: 600; }
.trace-notice:empty { display: none; }
.trace-text { margin-top: 0.4em; }
.trace-text summary { cursor: pointer; color: var(--muted); font-weight: 600; }
.trace-text ol { margin: 0.4em 0 0; padding-left: 3.2em; max-height: 18em; overflow: auto; font-variant-numeric: tabular-nums; }
.trace-text li[aria-current] { font-weight: 700; background: var(--accent-soft, var(--surface-2)); }
.compare[data-traced] .compare-timeline, .compare .trace-lanes, .compare .trace-legend { display: none; }
.compare .trace-main { grid-template-columns: 1fr; }
.compare-trace { margin-top: 0.8em; padding: 0.6em 0.9em; border: 1px solid var(--border); border-radius: var(--radius); background: var(--surface); font-size: 0.85em; }
.compare-trace .tl-text, .compare-trace .tl-legend { display: none; }
.deck-canvas .compare .playground[data-traced] { display: block; }
.deck-canvas .compare .trace { font-size: 0.7em; }
.deck-canvas .compare .trace-state, .deck-canvas .compare .trace-text { display: none; }
.tl-dot-pause { stroke: var(--warn); }
.tl-dot-resume { stroke: var(--ok); }
.tl-cursor { stroke: var(--error); stroke-width: 2.5; }
@media (max-width: 40rem) { .trace-main { grid-template-columns: 1fr; } }
/* On a slide: code and output on the left, the trace beside them (the same grid a run's output uses, with the trace's area). */
.deck-canvas .slide > .playground[data-traced], .deck-canvas .slide > .playground[data-traced]:has(> .pg-output:not([hidden])) {
  display: grid; grid-template-columns: minmax(0, 1.2fr) minmax(0, 1fr);
  grid-template-areas: "head head" "tools tools" "code trace" "output trace"; grid-template-rows: auto auto minmax(0, auto) 1fr;
}
.deck-canvas .slide > .playground[data-traced]:has(> .pg-output:not([hidden])) > .pg-code { grid-area: code; }
.deck-canvas .slide > .playground[data-traced]:has(> .pg-output:not([hidden])) > .pg-output { grid-area: output; border-left: 0; border-top: 1px solid var(--border); max-height: 120px; }
.deck-canvas .slide > .playground[data-traced] > .trace { grid-area: trace; border-top: 0; border-left: 1px solid var(--border); font-size: 0.72em; min-width: 0; }
.deck-canvas .slide > .playground[data-traced] .pg-code pre.shiki { max-height: 360px; }
.deck-canvas .trace-main { grid-template-columns: 1fr; }
.deck-canvas .trace-lanes { max-height: 190px; overflow: auto; }
.deck-canvas .trace-text { display: none; }
/* Paper shows the code and its promised output, not a stepper. */
@media print { .trace, .compare-trace { display: none; } }
.deck[data-print] :is(.trace, .compare-trace) { display: none !important; }
@media (forced-colors: active) {
  .pg-code .line[data-marked="current"] { outline: 2px solid Highlight; }
  .tl-cursor { stroke: Highlight; }
  .tl-dot-pause, .tl-dot-resume { stroke: CanvasText; }
}
`;

export function addTraceStyles(doc: Document = document): void {
  if (doc.getElementById(STYLE_ID)) return;
  const style = doc.createElement("style");
  style.id = STYLE_ID;
  style.textContent = css;
  doc.head.append(style);
}
