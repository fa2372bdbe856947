import { describe, expect, it } from "vitest";
import { lessonSchema } from "./lesson-schema";

const valid = { title: "Generators", summary: "Pause a function.", order: 2, duration: 30, seeds: ["001", "003"] };

describe("lessonSchema", () => {
  it("accepts a complete lesson and defaults draft to false", () => {
    expect(lessonSchema.parse(valid)).toEqual({ ...valid, draft: false });
  });
  it.each([
    ["title", { ...valid, title: undefined }],
    ["order", { ...valid, order: "2" }],
    ["duration", { ...valid, duration: 0 }],
    ["seeds", { ...valid, seeds: ["1"] }],
    ["seeds", { ...valid, seeds: [] }],
  ])("names the field %s when it is wrong or missing", (field, data) => {
    const result = lessonSchema.safeParse(data);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path[0])).toContain(field);
  });
  it("rejects an unknown field, so a typo is not silently ignored", () => {
    expect(lessonSchema.safeParse({ ...valid, durration: 30 }).success).toBe(false);
  });
});
