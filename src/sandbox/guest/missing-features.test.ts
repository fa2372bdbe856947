import { describe, expect, it } from "vitest";
import { provideMissingFeatures } from "./missing-features.ts";

/** A global like WebKit 2.50's: a Symbol constructor without dispose symbols, no SuppressedError. */
function webKitLikeGlobal() {
  const FakeSymbol = Object.assign((description?: string) => Symbol(description), { for: Symbol.for });
  return { Symbol: FakeSymbol } as unknown as { Symbol: { dispose?: symbol; asyncDispose?: symbol }; SuppressedError?: new (error: unknown, suppressed: unknown, message?: string) => Error & { error: unknown; suppressed: unknown } };
}

describe("provideMissingFeatures", () => {
  it("gives an engine without explicit resource management the symbols esbuild's helpers look up", () => {
    const target = webKitLikeGlobal();
    provideMissingFeatures(target);
    expect(target.Symbol.dispose).toBe(Symbol.for("Symbol.dispose"));
    expect(target.Symbol.asyncDispose).toBe(Symbol.for("Symbol.asyncDispose"));
  });

  it("provides a SuppressedError carrying both errors", () => {
    const target = webKitLikeGlobal();
    provideMissingFeatures(target);
    const error = new target.SuppressedError!("later", "earlier", "both failed");
    expect([error.name, error.message, error.error, error.suppressed, error instanceof Error]).toEqual(["SuppressedError", "both failed", "later", "earlier", true]);
  });

  it("leaves an engine's own symbols and SuppressedError alone", () => {
    const target = { Symbol, SuppressedError: class {} };
    const own = target.SuppressedError;
    provideMissingFeatures(target);
    expect(target.Symbol.dispose).toBe(Symbol.dispose);
    expect(target.SuppressedError).toBe(own);
  });
});
