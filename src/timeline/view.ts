/**
 * Draws timelines into a container: one SVG for all runs (so `<Compare>` shares one axis), a legend,
 * and the text alternative as a real list. Cheap to call once per animation frame while a run
 * streams: markup is rebuilt as strings and written only when it changed.
 */
import { sharedAxis } from "./axis.ts";
import { hitTest } from "./hit-test.ts";
import { capEntries } from "./lane-cap.ts";
import { layoutTimeline, type TimelineEntry, type TimelineLayout } from "./layout.ts";
import { timelineSvg, escape } from "./svg.ts";
import { pageLocale, t, type Locale } from "../lib/i18n/index.ts";
import { timelineAriaLabel, timelineListItems } from "./text-alternative.ts";
import type { TimelineAxis } from "./types.ts";

interface ViewState {
  /** The page's language, read once from <html lang>. */
  readonly locale: Locale;
  readonly idPrefix: string;
  readonly figure: HTMLElement;
  readonly picture: HTMLElement;
  readonly tip: HTMLElement;
  readonly details: HTMLDetailsElement;
  readonly list: HTMLUListElement;
  readonly observer: ResizeObserver | undefined;
  width: number;
  fontSize: number;
  svg: string;
  items: string;
  layout: TimelineLayout | undefined;
  last: { runs: readonly TimelineEntry[]; axis: TimelineAxis | undefined } | undefined;
}

/** Width used while the container is hidden (e.g. on a slide not shown yet); a resize redraws. */
const FALLBACK_WIDTH = 640;
/** Room per tick interval, in font sizes, when the view picks the axis itself. */
const EMS_PER_INTERVAL = 6;

const views = new WeakMap<HTMLElement, ViewState>();
let nextId = 0;

const skeleton = (locale: Locale) =>
  `<div class="tl-figure"><div class="tl-picture"></div><div class="tl-tip" aria-hidden="true" hidden></div></div>` +
  `<div class="tl-legend" aria-hidden="true">` +
  `<span><span class="tl-swatch tl-swatch-run"></span>${escape(t(locale, "timeline.running"))}</span>` +
  `<span><span class="tl-swatch tl-swatch-wait"></span>${escape(t(locale, "timeline.waiting"))}</span>` +
  `<span><span class="tl-swatch tl-swatch-dot"></span>${escape(t(locale, "timeline.logLine"))}</span></div>` +
  `<details class="tl-text"><summary>${escape(t(locale, "timeline.asText"))}</summary><ul class="tl-list"></ul></details>`;

/**
 * Renders (or re-renders) `runs` into `container`. Without `axis`, the runs share one picked to
 * fit the container's width; pass `sharedAxis(...)` to line up timelines drawn in separate containers.
 */
export function renderTimeline(container: HTMLElement, runs: readonly TimelineEntry[], axis?: TimelineAxis): void {
  const state = views.get(container) ?? mount(container);
  state.last = { runs: capEntries(runs, undefined, state.locale), axis };
  draw(state);
}

/** Stops watching the container's size and empties it (call when the example is removed). */
export function destroyTimeline(container: HTMLElement): void {
  const state = views.get(container);
  if (!state) return;
  state.observer?.disconnect();
  views.delete(container);
  container.replaceChildren();
  container.classList.remove("timeline");
}

function mount(container: HTMLElement): ViewState {
  container.classList.add("timeline");
  const locale = pageLocale(container.ownerDocument);
  container.innerHTML = skeleton(locale);
  const state: ViewState = {
    locale,
    idPrefix: `tl${(nextId += 1)}`,
    figure: part(container, ".tl-figure"),
    picture: part(container, ".tl-picture"),
    tip: part(container, ".tl-tip"),
    details: part<HTMLDetailsElement>(container, ".tl-text"),
    list: part<HTMLUListElement>(container, ".tl-list"),
    observer: typeof ResizeObserver === "function" ? new ResizeObserver(() => resized(container, state)) : undefined,
    width: 0,
    fontSize: 16,
    svg: "",
    items: "",
    layout: undefined,
    last: undefined,
  };
  measure(container, state);
  state.observer?.observe(container);
  state.figure.addEventListener("pointermove", (event) => showTip(state, event));
  state.figure.addEventListener("pointerdown", (event) => showTip(state, event));
  state.figure.addEventListener("pointerleave", () => hideTip(state));
  state.details.addEventListener("toggle", () => updateList(state));
  views.set(container, state);
  return state;
}

function part<T extends HTMLElement = HTMLElement>(container: HTMLElement, selector: string): T {
  const found = container.querySelector<T>(selector);
  if (!found) throw new Error(`timeline skeleton lacks ${selector}`);
  return found;
}

function measure(container: HTMLElement, state: ViewState): void {
  state.width = container.clientWidth || FALLBACK_WIDTH;
  state.fontSize = Number.parseFloat(getComputedStyle(container).fontSize) || 16;
}

/** Redraws on a width or font change only: height changes of our own making must not loop. */
function resized(container: HTMLElement, state: ViewState): void {
  const { width, fontSize } = state;
  measure(container, state);
  if (state.width !== width || state.fontSize !== fontSize) draw(state);
}

function draw(state: ViewState): void {
  if (!state.last) return;
  const { runs } = state.last;
  const maxIntervals = Math.max(2, Math.min(8, Math.floor(state.width / (EMS_PER_INTERVAL * state.fontSize))));
  const axis = state.last.axis ?? sharedAxis(runs.map((run) => run.model), { maxIntervals, locale: state.locale });
  state.layout = layoutTimeline({ runs, axis, width: state.width, fontSize: state.fontSize, locale: state.locale });
  const svg = timelineSvg(state.layout, { idPrefix: state.idPrefix, ariaLabel: timelineAriaLabel(runs, state.locale) });
  if (svg !== state.svg) {
    state.picture.innerHTML = svg;
    state.svg = svg;
    hideTip(state); // what it pointed at may have moved
  }
  updateList(state);
}

/** A closed <details> hides its list from everyone, so it is only kept current while open. */
function updateList(state: ViewState): void {
  if (!state.details.open || !state.last) return;
  const items = timelineListItems(state.last.runs, state.locale);
  // Rewriting only when the words change keeps a screen reader's place in the list.
  if (items === state.items) return;
  state.list.innerHTML = items;
  state.items = items;
}

function showTip(state: ViewState, event: PointerEvent): void {
  const svg = state.picture.firstElementChild;
  if (!state.layout || !svg) return;
  const box = svg.getBoundingClientRect();
  const ratio = box.width > 0 ? state.layout.width / box.width : 1; // the svg may be scaled down
  const hit = hitTest(state.layout, (event.clientX - box.left) * ratio, (event.clientY - box.top) * ratio);
  if (!hit) return hideTip(state);
  state.tip.textContent = hit.text;
  state.tip.hidden = false;
  placeTip(state.tip, state.figure, hit.x / ratio, hit.y / ratio, hit.below / ratio);
}

/** Above the target, kept inside the figure (its box may clip): flipped below it when the top is too close. */
function placeTip(tip: HTMLElement, figure: HTMLElement, x: number, above: number, below: number): void {
  const width = tip.offsetWidth;
  const height = tip.offsetHeight;
  const left = Math.min(Math.max(0, x - width / 2), Math.max(0, figure.clientWidth - width));
  const top = above - height >= 0 ? above - height : below;
  tip.style.transform = `translate(${Math.round(left)}px, ${Math.round(top)}px)`;
}

function hideTip(state: ViewState): void {
  state.tip.hidden = true;
}
