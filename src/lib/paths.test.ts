import { describe, expect, it } from "vitest";
import { lessonUrl, normalizeBase, slidesUrl, withBase } from "./paths";

describe("normalizeBase", () => {
  it.each([
    ["/", "/"],
    ["", "/"],
    ["/course", "/course/"],
    ["course/", "/course/"],
    ["//a/b//", "/a/b/"],
  ])("turns %j into %j", (input, output) => expect(normalizeBase(input)).toBe(output));
});

describe("lesson URLs", () => {
  it("returns /lessons/<slug>/ for the article at the root", () => {
    expect(lessonUrl("generators", "/")).toBe("/lessons/generators/");
  });
  it("puts the base path in front under a sub-path", () => {
    expect(lessonUrl("generators", "/course/")).toBe("/course/lessons/generators/");
    expect(slidesUrl("generators", 4, "/course")).toBe("/course/lessons/generators/slides/#4");
  });
  it("joins site-relative paths without doubling slashes", () => {
    expect(withBase("/favicon.svg", "/course/")).toBe("/course/favicon.svg");
    expect(withBase("", "/")).toBe("/");
  });
});
