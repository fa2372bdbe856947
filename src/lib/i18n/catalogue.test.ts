import { describe, expect, it } from "vitest";
import { en } from "./en";
import { ptBR } from "./pt-br";
import { catalogues, t } from "./translate";
import { locales } from "./locales";

/** Words a Brazilian developer writes as in English, or that are the same in both (names of languages). */
const sameInPortuguese = new Set<string>(["edition.en", "edition.pt-BR", "lessons.minutes", "presenter.slide", "overview.untitled", "overview.slideLabel", "progress.slide"]);

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe("the UI's string catalogues", () => {
  it("have the same keys in every edition", () => {
    for (const locale of locales) expect(Object.keys(catalogues[locale]).sort()).toEqual(Object.keys(en).sort());
  });

  it("leave no value empty", () => {
    for (const locale of locales) {
      const empty = Object.entries(catalogues[locale]).filter(([, value]) => value.trim() === "");
      expect(empty, locale).toEqual([]);
    }
  });

  it("translate every Portuguese value, bar the listed exceptions", () => {
    const untranslated = Object.keys(en).filter((key) => ptBR[key as keyof typeof en] === en[key as keyof typeof en] && !sameInPortuguese.has(key));
    expect(untranslated).toEqual([]);
  });

  it("take the same parameters in every edition", () => {
    for (const key of Object.keys(en) as (keyof typeof en)[]) expect(placeholders(ptBR[key]), key).toEqual(placeholders(en[key]));
  });
});

describe("t", () => {
  it("fills parameters in the page's language", () => {
    expect(t("en", "run.doneIn", { time: "3.00 s" })).toBe("done in 3.00 s");
    expect(t("pt-BR", "run.doneIn", { time: "3,00 s" })).toBe("concluído em 3,00 s");
  });

  it("leaves a missing parameter visible rather than printing undefined", () => {
    expect(t("en", "run.doneIn")).toBe("done in {time}");
  });
});
