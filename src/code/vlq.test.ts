import { describe, expect, it } from "vitest";
import { decodeVlq } from "./vlq.ts";

describe("decodeVlq", () => {
  it("decodes single-digit, negative and multi-digit values", () => {
    expect(decodeVlq("A")).toEqual([0]);
    expect(decodeVlq("C")).toEqual([1]);
    expect(decodeVlq("D")).toEqual([-1]);
    expect(decodeVlq("gB")).toEqual([16]);
    expect(decodeVlq("2HktC")).toEqual([123, 1234]);
    expect(decodeVlq("AAgBC")).toEqual([0, 0, 16, 1]);
  });

  it("rejects characters outside base64 and truncated values", () => {
    expect(() => decodeVlq("A!")).toThrow(/invalid/);
    expect(() => decodeVlq("g")).toThrow(/truncated/);
  });
});
