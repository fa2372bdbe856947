import { describe, expect, it } from "vitest";
import { readShareFragment, shareFragment } from "./share-link";

describe("share links", () => {
  const code = 'const s = "olá — 😀";\nconsole.log(s);';

  it("round-trips an example's code through the fragment, Unicode included", () => {
    expect(readShareFragment(shareFragment("", "generators/3", code))).toEqual({ id: "generators/3", code });
  });
  it("keeps the deck's slide number in front", () => {
    const fragment = shareFragment("#7", "generators/3", code);
    expect(fragment.startsWith("#7&share=")).toBe(true);
    expect(readShareFragment(fragment)?.code).toBe(code);
  });
  it("uses only URL-safe characters", () => {
    expect(shareFragment("", "a/1", "??>>~~".repeat(20))).toMatch(/^#share=[\w%.~-]+$/);
  });
  it("ignores fragments that carry no share, or a mangled one", () => {
    expect(readShareFragment("#slide-3")).toBeUndefined();
    expect(readShareFragment("#share=broken")).toBeUndefined();
    expect(readShareFragment("#share=a~%%%")).toBeUndefined();
  });
});
