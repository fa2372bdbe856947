/** What is under the pointer: a dot's lines, or a bar's state at that moment. Pure, for hover tooltips. */
import { t } from "../lib/i18n/index.ts";
import { describeDot, type GroupLayout, type LaneLayout, type PixelSpan, type TimelineLayout } from "./layout.ts";

export interface Hit {
  /** Where the tooltip points, in the layout's pixels: centre x, and the target's top and bottom. */
  readonly x: number;
  readonly y: number;
  readonly below: number;
  readonly text: string;
}

/** Pointer slack around a dot, in pixels: dots are small targets. */
const DOT_SLACK = 4;

export function hitTest(layout: TimelineLayout, x: number, y: number): Hit | undefined {
  const found = laneAt(layout, y);
  if (!found) return undefined;
  const { lane, group } = found;
  const dot = nearestDot(lane, x);
  if (dot && Math.abs(dot.x - x) <= layout.dotRadius + DOT_SLACK) {
    const reach = layout.dotRadius + 2;
    return { x: dot.x, y: lane.y - reach, below: lane.y + reach, text: `${lane.name}\n${describeDot(dot, group.units, layout.locale)}` };
  }
  if (Math.abs(y - lane.y) > layout.barHeight / 2 + 2) return undefined;
  const state = covers(lane.runs, x) ? t(layout.locale, "timeline.running") : covers(lane.waits, x) ? t(layout.locale, "timeline.waiting") : undefined;
  if (!state) return undefined;
  const time = ((x - layout.plotLeft) / (layout.plotRight - layout.plotLeft)) * layout.axisEnd;
  const reach = layout.barHeight / 2 + 2;
  return { x, y: lane.y - reach, below: lane.y + reach, text: `${lane.name} · ${state} · ${group.units.point(time)}` };
}

function laneAt(layout: TimelineLayout, y: number): { lane: LaneLayout; group: GroupLayout } | undefined {
  for (const group of layout.groups) {
    if (y < group.top || y > group.bottom) continue;
    const lane = group.lanes.find((candidate) => Math.abs(y - candidate.y) <= layout.rowHeight / 2);
    return lane ? { lane, group } : undefined;
  }
  return undefined;
}

/** Dots are sorted by x: binary search for the closest. */
function nearestDot(lane: LaneLayout, x: number) {
  const { dots } = lane;
  let low = 0;
  let high = dots.length - 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((dots[middle]?.x ?? 0) < x) low = middle + 1;
    else high = middle;
  }
  const after = dots[low];
  const before = dots[low - 1];
  if (!before) return after;
  if (!after) return before;
  return x - before.x <= after.x - x ? before : after;
}

function covers(spans: readonly PixelSpan[], x: number): boolean {
  return spans.some((span) => x >= span.x && x <= span.x + span.width);
}
