import { describe, expect, it } from "vitest";
import { counterpartPath, editionBase, missingTranslations, publishedLocales } from "./editions";

describe("publishing an edition", () => {
  const english = ["welcome", "generators", "send"];

  it("publishes a translation only when every English lesson has one", () => {
    const incomplete = () => missingTranslations(english, ["generators"]);
    expect(incomplete()).toEqual(["welcome", "send"]);
    expect(publishedLocales(incomplete, undefined)).toEqual(["en"]);
    const complete = () => missingTranslations(english, ["send", "welcome", "generators", "extra"]);
    expect(publishedLocales(complete, undefined)).toEqual(["en", "pt-BR"]);
  });

  it("builds an incomplete edition when EDITIONS=all, to develop it", () => {
    expect(publishedLocales(() => ["welcome"], "all")).toEqual(["en", "pt-BR"]);
  });
});

describe("paths between editions", () => {
  it("map a page to the same page in the other edition", () => {
    expect(counterpartPath("lessons/generators/slides/", "pt-BR")).toBe("pt-br/lessons/generators/slides/");
    expect(counterpartPath("pt-br/lessons/generators/", "en")).toBe("lessons/generators/");
    expect(counterpartPath("", "pt-BR")).toBe("pt-br/");
    expect(counterpartPath("pt-br/", "en")).toBe("");
  });

  it("put an edition under the site's base path", () => {
    expect(editionBase("en", "/course/")).toBe("/course/");
    expect(editionBase("pt-BR", "/")).toBe("/pt-br/");
  });
});
