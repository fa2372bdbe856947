import { describe, expect, it } from "vitest";
import { longHex } from "./page-theme";

describe("longHex", () => {
  it("spells out colours a CSS minifier shortened, as Monaco needs them", () => {
    expect(longHex("#000")).toBe("#000000");
    expect(longHex("#fA0c")).toBe("#ffAA00cc");
  });
  it("leaves full colours alone", () => {
    expect(longHex("#0a0c10")).toBe("#0a0c10");
  });
});
