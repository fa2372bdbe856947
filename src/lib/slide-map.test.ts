import { describe, expect, it } from "vitest";
import { articleAnchorForSlide, slideForArticleSection } from "./slide-map";

describe("slide ↔ section mapping", () => {
  it("maps the cover slide to the top of the article", () => {
    expect(articleAnchorForSlide(1)).toBe("");
    expect(slideForArticleSection(0)).toBe(1);
  });
  it("maps deck slide k to the article's section k-1 and back", () => {
    expect(articleAnchorForSlide(5)).toBe("#slide-4");
    expect(slideForArticleSection(4)).toBe(5);
  });
});
