import { describe, expect, it } from "vitest";
import { MAX_ERROR_MESSAGE, MAX_ERROR_STACK } from "../protocol/limits.ts";
import { checkGuestMessage } from "../protocol/validate.ts";
import { toErrorInfo } from "./errors.ts";

describe("what the guest reports of a thrown value", () => {
  it("cuts a 2^28-character error message and keeps the stack's frames (probe: it crashed the tab)", () => {
    const info = toErrorInfo(new Error("M".repeat(2 ** 28)));
    expect(info.message).toHaveLength(MAX_ERROR_MESSAGE);
    expect(info.message.endsWith("…")).toBe(true);
    expect(info.stack.length).toBeLessThanOrEqual(MAX_ERROR_STACK);
    expect(info.stack).toMatch(/\n\s+at /);
    expect(checkGuestMessage({ type: "error", kind: "uncaught", ...info }).ok).toBe(true);
  });

  it("reads a hostile thrown object without throwing", () => {
    const hostile = new Proxy({}, { get: () => { throw new Error("trap"); }, getPrototypeOf: () => { throw new Error("trap"); } });
    expect(() => toErrorInfo(hostile)).not.toThrow();
    const tagged = { get [Symbol.toStringTag]() { throw new Error("tag"); } };
    expect(() => toErrorInfo(tagged)).not.toThrow();
  });

  it("keeps ordinary errors as they were", () => {
    const info = toErrorInfo(new TypeError("nope"));
    expect(info).toMatchObject({ name: "TypeError", message: "nope" });
    expect(toErrorInfo("plain")).toEqual({ name: "", message: "plain", stack: "" });
  });
});
