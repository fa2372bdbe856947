import { describe, expect, it } from "vitest";
import type { GuestMessage } from "../sandbox/protocol/messages.ts";
import { sharedAxis } from "./axis.ts";
import { hitTest } from "./hit-test.ts";
import { layoutTimeline } from "./layout.ts";
import { TimelineModel } from "./model.ts";
import { concurrentCountdownWithTasks } from "../../test/support/timeline-fixtures.ts";

const model = new TimelineModel();
for (const message of concurrentCountdownWithTasks() as GuestMessage[]) model.receive(message);
const layout = layoutTimeline({ runs: [{ label: "", model }], axis: sharedAxis([model]), width: 1000, fontSize: 16 });
const laneB = layout.groups[0]?.lanes[1];
const xAt = (time: number) => layout.plotLeft + (time / layout.axisEnd) * (layout.plotRight - layout.plotLeft);

describe("hitTest", () => {
  it("finds the dot under the pointer and lists its line with the lane's name", () => {
    const hit = hitTest(layout, xAt(1_001) + 2, laneB?.y ?? 0);
    expect(hit?.text).toBe("B\n1.00 s · T-minus 2 (B)");
  });

  it("tells a bar's state and the time under the pointer", () => {
    expect(hitTest(layout, xAt(1_500), laneB?.y ?? 0)?.text).toBe("B · waiting · 1.50 s");
  });

  it("finds nothing beside the lanes", () => {
    expect(hitTest(layout, xAt(1_500), layout.axisY + 5)).toBeUndefined();
    expect(hitTest(layout, 2, laneB?.y ?? 0)).toBeUndefined();
  });
});
