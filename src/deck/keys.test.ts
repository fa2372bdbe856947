import { describe, expect, it } from "vitest";
import { registeredKeys, registerKeys } from "./keys";

describe("the key registry", () => {
  it("lists what modules register, merged by group in first-seen order, until they unregister", () => {
    const offNavigate = registerKeys("Navigate", [{ keys: ["→"], action: "Next" }]);
    const offTrace = registerKeys("Trace", [{ keys: ["]"], action: "Step the trace forward" }]);
    const offMore = registerKeys("Navigate", [{ keys: ["Home"], action: "First slide" }]);
    expect(registeredKeys()).toEqual([
      { group: "Navigate", bindings: [{ keys: ["→"], action: "Next" }, { keys: ["Home"], action: "First slide" }] },
      { group: "Trace", bindings: [{ keys: ["]"], action: "Step the trace forward" }] },
    ]);
    offTrace();
    offNavigate();
    offMore();
    expect(registeredKeys()).toEqual([]);
  });
});
