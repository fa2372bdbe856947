import { describe, expect, it } from "vitest";
import { NO_RAW_WORKERS, sealWorkers } from "./no-raw-workers.ts";

describe("a snippet's Worker", () => {
  it("cannot be constructed, so `for (;;) new Worker(blobUrl)` throws at once (probe: the browser froze ~40 s)", () => {
    class FakeWorker {}
    const global = { Worker: FakeWorker as unknown };
    sealWorkers(global);
    const Worker = global.Worker as new (url: string) => unknown;
    let started = 0;
    expect(() => {
      for (;;) {
        new Worker("blob:x");
        started++;
      }
    }).toThrow(NO_RAW_WORKERS);
    expect(started).toBe(0);
  });

  it("is not found again through the prototype of the real one", () => {
    class FakeWorker {}
    const global = { Worker: FakeWorker as unknown };
    sealWorkers(global);
    expect(FakeWorker.prototype.constructor).toBe(global.Worker);
    expect(Object.create(FakeWorker.prototype)).toBeInstanceOf(global.Worker as typeof FakeWorker);
  });

  it("leaves a global without Worker alone (Node)", () => {
    const global = {};
    sealWorkers(global);
    expect(global).toEqual({});
  });
});
