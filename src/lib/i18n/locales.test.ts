import { describe, expect, it } from "vitest";
import { editionKey, localeOfPath, localePrefix, toLocale } from "./locales";
import { decimalSeparator, formatCount, formatDecimal } from "./numbers";

describe("editions", () => {
  it("read the edition from a path, never from the browser", () => {
    expect(localeOfPath("pt-br/lessons/generators/")).toBe("pt-BR");
    expect(localeOfPath("/pt-br/")).toBe("pt-BR");
    expect(localeOfPath("lessons/pt-brasil/")).toBe("en");
    expect(localeOfPath("")).toBe("en");
  });

  it("put English at the root and Portuguese under pt-br/", () => {
    expect(localePrefix("en")).toBe("");
    expect(localePrefix("pt-BR")).toBe("pt-br/");
  });

  it("take a lang attribute in any case", () => {
    expect(toLocale("pt-BR")).toBe("pt-BR");
    expect(toLocale("PT-br")).toBe("pt-BR");
    expect(toLocale("en")).toBe("en");
    expect(toLocale(undefined)).toBe("en");
  });
});

describe("a reader's data per edition", () => {
  it("keeps the English keys exactly as they were, and gives pt-BR its own", () => {
    expect(editionKey("interleave:progress", "en")).toBe("interleave:progress");
    expect(editionKey("interleave:code:generators/1", "en")).toBe("interleave:code:generators/1");
    expect(editionKey("interleave:progress", "pt-BR")).toBe("interleave:pt-br:progress");
    expect(editionKey("interleave:code-kept:generators/1", "pt-BR")).toBe("interleave:pt-br:code-kept:generators/1");
  });
});

describe("numbers", () => {
  it("write decimals as each edition does", () => {
    expect(formatDecimal("en", 3, 2)).toBe("3.00");
    expect(formatDecimal("pt-BR", 3, 2)).toBe("3,00");
    expect(formatDecimal("pt-BR", 12345.6, 1)).toBe("12345,6");
    expect(decimalSeparator("pt-BR")).toBe(",");
  });
  it("group a count's thousands as each edition does", () => {
    expect(formatCount("en", 20000)).toBe("20,000");
    expect(formatCount("pt-BR", 20000)).toBe("20.000");
    expect(formatCount("pt-BR", 48)).toBe("48");
  });
});
