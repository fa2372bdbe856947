import { describe, expect, it } from "vitest";
import { sharedAxis } from "./axis.ts";
import { layoutTimeline, type TimelineEntry } from "./layout.ts";
import { TimelineModel } from "./model.ts";
import { escape, timelineSvg } from "./svg.ts";

function svgOf(runs: TimelineEntry[], idPrefix = "tl1"): string {
  const layout = layoutTimeline({ runs, axis: sharedAxis(runs.map((run) => run.model)), width: 800, fontSize: 16 });
  return timelineSvg(layout, { idPrefix, ariaLabel: `Timeline <"A" & B>` });
}

describe("timelineSvg", () => {
  it("is one picture with an escaped accessible name", () => {
    const svg = svgOf([{ label: "", model: new TimelineModel() }]);
    expect(svg).toMatch(/^<svg [^>]*role="img"/);
    expect(svg).toContain(`aria-label="Timeline &#60;&#34;A&#34; &#38; B&#62;"`);
  });

  it("escapes lane names and group labels", () => {
    const model = new TimelineModel();
    model.addTask({ id: 1, name: "<script>", start: 0 });
    const svg = svgOf([{ label: "a&b", model }]);
    expect(svg).not.toContain("<script>");
    expect(svg).toContain("&#60;script&#62;");
    expect(svg).toContain("a&#38;b");
  });

  it("draws any number of dots as a ring path plus one path per level", () => {
    const model = new TimelineModel();
    // 300 dots about 2 px apart: none share a pixel, so both levels stay.
    for (let index = 0; index < 300; index += 1) model.addLog({ level: index % 2 ? "log" : "warn", text: "x", time: index * 66 });
    model.finish(20_000);
    const svg = svgOf([{ label: "", model }]);
    expect(svg.match(/<path class="tl-dot/g)).toHaveLength(3);
    expect(svg).not.toContain("<circle");
  });

  it("names its hatch pattern after the timeline, since ids are page-wide", () => {
    const svg = svgOf([{ label: "", model: new TimelineModel() }], "tl7");
    expect(svg).toContain(`<pattern id="tl7-hatch"`);
  });
});

describe("escape", () => {
  it("escapes markup and both quotes", () => {
    expect(escape(`<a href="x">'&'</a>`)).toBe("&#60;a href=&#34;x&#34;&#62;&#39;&#38;&#39;&#60;/a&#62;");
  });
});
