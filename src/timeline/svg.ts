/**
 * A laid-out timeline as SVG markup: one string, so a re-render per animation frame is one
 * `innerHTML` write. Colours come from classes styled in `src/site/styles/timeline.css`.
 */
import type { LogLevel } from "../sandbox/protocol/messages.ts";
import type { GroupLayout, LaneLayout, PixelSpan, TimelineLayout } from "./layout.ts";

export interface SvgOptions {
  /** Unique per timeline on the page: pattern ids are document-global. */
  readonly idPrefix: string;
  /** The short summary screen readers announce for the picture. */
  readonly ariaLabel: string;
}

export function timelineSvg(layout: TimelineLayout, options: SvgOptions): string {
  const hatch = `${options.idPrefix}-hatch`;
  const { width, height } = layout;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" class="tl-svg" role="img" aria-label="${escape(options.ariaLabel)}"`,
    ` width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" focusable="false">`,
    hatchPattern(hatch),
    grid(layout),
    ...layout.groups.map((group) => groupMarkup(group, layout, hatch)),
    axis(layout),
    "</svg>",
  ].join("");
}

/** Diagonal stripes for waiting: readable in greyscale print and to colour-blind readers. */
function hatchPattern(id: string): string {
  return (
    `<defs><pattern id="${id}" patternUnits="userSpaceOnUse" width="7" height="7" patternTransform="rotate(45)">` +
    `<rect class="tl-hatch-bg" width="7" height="7"/><rect class="tl-hatch-line" width="2.5" height="7"/></pattern></defs>`
  );
}

function grid(layout: TimelineLayout): string {
  const lines = layout.ticks.map((tick) => `M${tick.x} ${layout.gridTop}V${layout.axisY}`).join("");
  return lines ? `<path class="tl-grid" d="${lines}"/>` : "";
}

function groupMarkup(group: GroupLayout, layout: TimelineLayout, hatch: string): string {
  const half = layout.barHeight / 2;
  const parts: string[] = [`<g class="tl-group">`];
  if (group.label) parts.push(text("tl-group-label", layout.labelX, group.headerY, group.label, layout.fonts.group));
  for (const lane of group.lanes) {
    const role = lane.role === "main" ? " tl-lane-main" : "";
    parts.push(text(`tl-lane-label${role}`, layout.labelX, lane.y, lane.name, layout.fonts.lane, "central"));
    if (lane.life.width > 0) parts.push(`<path class="tl-life" d="M${lane.life.x} ${lane.y}h${lane.life.width}"/>`);
  }
  const waits = group.lanes.map((lane) => rects(lane.waits, lane.y - half, layout.barHeight)).join("");
  const runs = group.lanes.map((lane) => rects(lane.runs, lane.y - half, layout.barHeight)).join("");
  if (waits) parts.push(`<path class="tl-wait" fill="url(#${hatch})" d="${waits}"/>`);
  if (runs) parts.push(`<path class="tl-run" d="${runs}"/>`);
  parts.push(endMarker(group, layout));
  if (group.cursor !== undefined) parts.push(`<path class="tl-cursor" d="M${group.cursor} ${group.top}V${group.bottom}"/>`);
  parts.push(dots(group.lanes, layout.dotRadius));
  parts.push("</g>");
  return parts.join("");
}

/** All bars of one kind as one path: bounded by pixels, not by how many spans a run had. */
function rects(spans: readonly PixelSpan[], top: number, height: number): string {
  return spans.map((span) => `M${span.x} ${top}h${span.width}v${height}h${-span.width}z`).join("");
}

function endMarker(group: GroupLayout, layout: TimelineLayout): string {
  const { end } = group;
  const live = end.finished ? "" : " tl-live";
  const labelX = end.anchor === "start" ? end.x + 6 : end.x - 6;
  return (
    `<path class="tl-end${live}" d="M${end.x} ${group.headerY - layout.fonts.tick * 0.9}V${group.bottom}"/>` +
    text(`tl-end-label${live}`, labelX, group.headerY, end.label, layout.fonts.tick, undefined, end.anchor)
  );
}

/**
 * Dots as zero-length strokes with round caps (each draws a circle), one path per level (or trace
 * marker kind) plus one for their rings: thousands of <circle> elements cost ~15 ms per re-render, these paths ~1 ms.
 */
function dots(lanes: readonly LaneLayout[], radius: number): string {
  const all: string[] = [];
  const byLevel = new Map<LogLevel | "pause" | "resume", string[]>();
  for (const lane of lanes) {
    for (const dot of lane.dots) {
      const point = `M${dot.x} ${lane.y}h0`;
      all.push(point);
      const key = dot.kind === "log" ? dot.level : dot.kind;
      const list = byLevel.get(key);
      if (list) list.push(point);
      else byLevel.set(key, [point]);
    }
  }
  if (all.length === 0) return "";
  const ring = `<path class="tl-dot-ring" stroke-width="${2 * radius + 4}" d="${all.join("")}"/>`;
  const fills = [...byLevel].map(([level, points]) => `<path class="tl-dot tl-dot-${level}" stroke-width="${2 * radius}" d="${points.join("")}"/>`);
  return ring + fills.join("");
}

function axis(layout: TimelineLayout): string {
  const ticks = layout.ticks.map((tick) => `M${tick.x} ${layout.axisY}v${layout.tickLength}`).join("");
  const labels = layout.ticks.map((tick) => text("tl-tick-label", tick.x, layout.tickLabelY, tick.label, layout.fonts.tick, undefined, "middle"));
  return (
    `<g class="tl-axis"><path class="tl-axis-line" d="M${layout.plotLeft} ${layout.axisY}H${layout.plotRight}${ticks}"/>` +
    `${labels.join("")}</g>`
  );
}

function text(
  className: string,
  x: number,
  y: number,
  content: string,
  size: number,
  baseline?: "central",
  anchor?: "start" | "middle" | "end",
): string {
  const extra = `${baseline ? ` dominant-baseline="${baseline}"` : ""}${anchor && anchor !== "start" ? ` text-anchor="${anchor}"` : ""}`;
  return `<text class="${className}" x="${x}" y="${y}" font-size="${size}"${extra}>${escape(content)}</text>`;
}

/** Escapes text for both element content and double-quoted attributes. */
export function escape(value: string): string {
  return value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
