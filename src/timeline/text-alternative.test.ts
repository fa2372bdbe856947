import { describe, expect, it } from "vitest";
import type { GuestMessage } from "../sandbox/protocol/messages.ts";
import { TimelineModel } from "./model.ts";
import { concurrentCountdown, sequentialCountdown } from "../../test/support/timeline-fixtures.ts";
import { timelineAriaLabel, timelineListItems } from "./text-alternative.ts";

function build(messages: GuestMessage[]): TimelineModel {
  const model = new TimelineModel();
  for (const message of messages) model.receive(message);
  return model;
}

const compare = [
  { label: "sync", model: build(sequentialCountdown()) },
  { label: "async", model: build(concurrentCountdown()) },
];

describe("timelineAriaLabel", () => {
  it("names each run's end and points to the text form", () => {
    expect(timelineAriaLabel(compare)).toBe(
      "Timeline. sync: ended at 5.00 s, 1 lane; async: ended at 3.00 s, 1 lane. Details in “Timeline as text”.",
    );
  });
});

describe("timelineListItems", () => {
  it("nests each run's lane sentences under its label", () => {
    expect(timelineListItems(compare)).toBe(
      "<li><strong>sync</strong>: ended at 5.00 s, 1 lane.<ul><li>main: started at 0.00 s, ended at 5.00 s; ran 5.00 s, waited 0.00 s; 6 lines.</li></ul></li>" +
        "<li><strong>async</strong>: ended at 3.00 s, 1 lane.<ul><li>main: started at 0.00 s, ended at 3.00 s; ran 0.00 s, waited 3.00 s; 6 lines.</li></ul></li>",
    );
  });

  it("lists a lone run's lanes flat, and says when there is nothing yet", () => {
    expect(timelineListItems([{ label: "", model: build(sequentialCountdown()) }])).toMatch(/^<li>main: started/);
    expect(timelineListItems([{ label: "", model: new TimelineModel() }])).toBe("<li>Nothing yet.</li>");
  });

  it("escapes what the snippet chose (task names)", () => {
    const model = new TimelineModel();
    model.addTask({ id: 1, name: "<b>x</b>", start: 0 });
    expect(timelineListItems([{ label: "", model }])).toContain("&#60;b&#62;x&#60;/b&#62;");
  });
});
