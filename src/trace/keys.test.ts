import { describe, expect, it } from "vitest";
import { stepCommandFor } from "./keys.ts";

const press = (key: string, modifiers: Partial<Record<"ctrlKey" | "altKey" | "metaKey", boolean>> = {}) =>
  stepCommandFor({ key, ctrlKey: false, altKey: false, metaKey: false, ...modifiers });

describe("trace step keys", () => {
  it("are ] and [, with Shift for last and first", () => {
    expect([press("]"), press("["), press("}"), press("{")]).toEqual(["forward", "back", "last", "first"]);
  });

  it("leave every other key, and any chord, alone", () => {
    expect([press("ArrowRight"), press(" "), press("]", { ctrlKey: true }), press("[", { altKey: true })]).toEqual([undefined, undefined, undefined, undefined]);
  });
});
