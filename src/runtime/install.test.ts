import { describe, expect, it } from "vitest";
import { facadeSource } from "./facade.ts";
import { installGlobals } from "./install.ts";
import { API_NAMES, RUNTIME_KEY } from "./names.ts";
import { createHarness } from "../../test/support/runtime-harness.ts";

describe("installGlobals", () => {
  it("replaces timers, Date and performance.now on the target, and undoes it", () => {
    const realNow = () => 123;
    const target: Record<PropertyKey, unknown> = { setTimeout: "t", performance: { now: realNow }, Date };
    const h = createHarness();
    const restore = installGlobals(target, h.runtime);
    expect(target.setTimeout).toBe(h.timers.setTimeout);
    expect((target.performance as { now(): number }).now()).toBe(0);
    expect(target.Date).toBe(h.runtime.Date);
    expect(Object.keys(target[Symbol.for(RUNTIME_KEY)] as object)).toEqual([...API_NAMES]);
    restore();
    expect(target.setTimeout).toBe("t");
    expect("setInterval" in target).toBe(false);
    expect((target.performance as { now(): number }).now()).toBe(123);
    expect(target[Symbol.for(RUNTIME_KEY)]).toBeUndefined();
  });
});

describe("facade", () => {
  it("re-exports every API function from the installed runtime", () => {
    const source = facadeSource();
    expect(source).toContain('Symbol.for("interleave.runtime")');
    for (const name of API_NAMES) expect(source).toContain(name);
  });
});
