import { describe, expect, it } from "vitest";
import { createHarness, simulatedHost } from "../../test/support/runtime-harness.ts";

describe("sleep and sleepSync", () => {
  it("sleep resumes after the given logical time", async () => {
    const h = createHarness();
    const done = h.api.sleep(250).then(() => h.say("woke"));
    await h.idle();
    await done;
    expect(h.log).toEqual(["250 - woke"]);
  });

  it("sleepSync jumps virtual time and holds every timer back until the thread is free", async () => {
    const h = createHarness();
    h.timers.setTimeout(() => h.say("timer due at 100"), 100);
    h.api.sleepSync(1000);
    h.say("after sleepSync");
    await h.idle();
    expect(h.log).toEqual(["1000 - after sleepSync", "1000 - timer due at 100"]);
  });

  it("sleepSync adds exactly ms and busy-waits ms / scale real ms when paced", () => {
    const simulated = simulatedHost();
    const h = createHarness({ mode: "paced", scale: 50, host: simulated.host });
    h.api.sleepSync(1000);
    expect(simulated.realNow()).toBeGreaterThanOrEqual(20);
    expect(simulated.realNow()).toBeLessThan(21);
    expect(h.api.now()).toBe(1000);
  });

  it.each(["virtual", "paced"] as const)("sleepSync past the time limit stops the run at the limit (%s)", (mode) => {
    const h = createHarness({ mode, scale: 1000, timeLimit: 1, host: simulatedHost().host });
    expect(() => h.api.sleepSync(5000)).toThrow(/time limit/);
    expect(h.limitReached()).toBe(true);
    expect(h.api.now()).toBe(1000);
  });

  it("elapsed() prints seconds with two decimals", async () => {
    const h = createHarness();
    expect(h.api.elapsed()).toBe("0.00s");
    h.api.sleepSync(3004);
    expect(h.api.elapsed()).toBe("3.00s");
  });
});

describe("task", () => {
  const countdowns = async () => {
    const h = createHarness();
    const countdown = async (n: number) => {
      while (n > 0) {
        h.say(`T-minus ${n}`);
        await h.api.sleep(1000);
        n--;
      }
    };
    const all = Promise.all([h.api.task("A", () => countdown(2)), h.api.task("B", () => countdown(3))]).then(() =>
      h.say("all done"),
    );
    await h.idle();
    await all;
    return h;
  };

  it("attributes lines of interleaved tasks to the task that printed them", async () => {
    const h = await countdowns();
    expect(h.log).toEqual([
      "0 A T-minus 2",
      "0 B T-minus 3",
      "1000 A T-minus 1",
      "1000 B T-minus 2",
      "2000 B T-minus 1",
      "3000 - all done",
    ]);
  });

  it("records lanes and waiting spans", async () => {
    const h = await countdowns();
    expect(h.lanes).toEqual([
      { id: 1, name: "A", start: 0 },
      { id: 2, name: "B", start: 0 },
      { id: 1, name: "A", start: 0, end: 2000 },
      { id: 2, name: "B", start: 0, end: 3000 },
    ]);
    expect(h.spans.filter((span) => span.task === "B").map(({ kind, start, end }) => [kind, start, end])).toEqual([
      ["wait", 0, 1000],
      ["wait", 1000, 2000],
      ["wait", 2000, 3000],
    ]);
  });

  it("records a run span for blocking work", async () => {
    const h = createHarness();
    void h.api.task("blocker", () => h.api.sleepSync(700));
    await h.idle();
    expect(h.spans).toEqual([{ id: 1, task: "blocker", kind: "run", start: 0, end: 700 }]);
  });

  it("alternates run and wait spans as a task blocks, sleeps and blocks again", async () => {
    const h = createHarness();
    void h.api.task("A", async () => {
      h.api.sleepSync(300);
      await h.api.sleep(100);
      h.api.sleepSync(200);
    });
    await h.idle();
    expect(h.spans.map(({ kind, start, end }) => [kind, start, end])).toEqual([
      ["run", 0, 300],
      ["wait", 300, 400],
      ["run", 400, 600],
    ]);
    expect(h.lanes.at(-1)).toEqual({ id: 1, name: "A", start: 0, end: 600 });
  });

  it("gives timers the task that created them, and returns to the parent after a nested task", async () => {
    const h = createHarness();
    const outer = h.api.task("outer", async () => {
      h.timers.setTimeout(() => h.say("timer"), 50);
      await h.api.task("inner", async () => {
        await h.api.sleep(10);
        h.say("inner");
      });
      h.say("back in outer");
      return 42;
    });
    h.say("main");
    await h.idle();
    expect(await outer).toBe(42);
    expect(h.log).toEqual(["0 - main", "10 inner inner", "10 outer back in outer", "50 outer timer"]);
  });

  it("rejects like its function, synchronous throws included", async () => {
    const h = createHarness();
    await expect(
      h.api.task("sync", () => {
        throw new Error("sync");
      }),
    ).rejects.toThrow("sync");
    await expect(h.api.task("async", async () => Promise.reject(new Error("async")))).rejects.toThrow("async");
    expect(h.lanes.filter((lane) => lane.end !== undefined)).toHaveLength(2);
    expect(h.runtime.currentTask()).toBeUndefined();
  });
});

describe("download", () => {
  const draw = async (seed?: number) => {
    const h = createHarness(seed === undefined ? {} : { seed });
    const results = Promise.all(["a", "b", "c", "d"].map((name) => h.api.download(name)));
    await h.idle();
    return results;
  };

  it("is reproducible for a seed, and 42 is the default", async () => {
    const first = await draw();
    expect(await draw()).toEqual(first);
    expect(await draw(42)).toEqual(first);
    expect(await draw(7)).not.toEqual(first);
  });

  it("draws latency in 100..1000 ms (steps of 10) and size in 2,000..20,000 bytes", async () => {
    for (const { ms, bytes } of await draw(123)) {
      expect(ms % 10).toBe(0);
      expect(ms).toBeGreaterThanOrEqual(100);
      expect(ms).toBeLessThanOrEqual(1000);
      expect(Number.isInteger(bytes)).toBe(true);
      expect(bytes).toBeGreaterThanOrEqual(2000);
      expect(bytes).toBeLessThanOrEqual(20000);
    }
  });

  it("takes its latency on the run's clock", async () => {
    const h = createHarness();
    const result = h.api.download("x", { latency: 333 }).then((d) => h.say(`${d.name} ${d.ms}`));
    await h.idle();
    await result;
    expect(h.log).toEqual(["333 - x 333"]);
  });

  it("fails after its latency when asked to", async () => {
    const h = createHarness();
    const failed = h.api.download("flag.gif", { latency: 200, fail: true }).catch((error: Error) => {
      h.say(error.message);
    });
    const sure = h.api.download("b", { failRate: 1 }).catch((error: Error) => error.message);
    await h.idle();
    await failed;
    expect(h.log).toEqual(["200 - download failed: flag.gif"]);
    expect(await sure).toBe("download failed: b");
  });

  it("replays the same sequence after seed(n)", async () => {
    const h = createHarness();
    h.api.seed(5);
    const first = h.api.download("x");
    h.api.seed(5);
    const second = h.api.download("x");
    await h.idle();
    expect(await second).toEqual(await first);
  });
});

describe("asCompleted", () => {
  it("yields results in completion order", async () => {
    const h = createHarness();
    const order = (async () => {
      const names: string[] = [];
      const jobs = [300, 100, 200].map((ms) => h.api.sleep(ms).then(() => `job ${ms}`));
      for (const next of h.api.asCompleted(jobs)) names.push(`${await next} at ${h.api.now()}`);
      return names;
    })();
    await h.idle();
    expect(await order).toEqual(["job 100 at 100", "job 200 at 200", "job 300 at 300"]);
  });

  it("passes rejections through in their place and accepts plain values", async () => {
    const h = createHarness();
    const slow = h.api.sleep(50).then(() => "slow");
    const failing = h.api.sleep(10).then(() => Promise.reject(new Error("nope")));
    const [first, second, third] = h.api.asCompleted<string>(["now", slow, failing]);
    const secondOutcome = second?.catch((error: Error) => `rejected: ${error.message}`);
    await h.idle();
    expect(await first).toBe("now");
    expect(await secondOutcome).toBe("rejected: nope");
    expect(await third).toBe("slow");
  });
});

describe("runInWorker", () => {
  it("rejects clearly where no worker can be started", async () => {
    const h = createHarness();
    await expect(h.api.runInWorker(() => 1)).rejects.toThrow(/not available/);
  });

  it("holds virtual time while the child runs and delivers at start + the child's time", async () => {
    let send: ((message: import("../sandbox/protocol/messages.ts").GuestMessage) => void) | undefined;
    let terminated = false;
    const h = createHarness({
      spawnWorker: (request, listener) => {
        expect(request).toMatchObject({ type: "run", args: [2], mode: "virtual" });
        expect(request.code).toContain("export default ((n) => n * 21)");
        send = listener;
        return () => void (terminated = true);
      },
    });
    h.timers.setTimeout(() => h.say("timer at 300"), 300);
    h.timers.setTimeout(() => h.say("timer at 900"), 900);
    const answer = h.api.task("caller", () => h.api.runInWorker((n: number) => n * 21, 2)).then((value) => h.say(`got ${value}`));
    // The clock may not pass 0 while the child works, however long it takes in real time.
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(h.log).toEqual([]);
    send?.({ type: "logs", lines: [{ level: "log", text: "child line", time: 100 }] });
    send?.({ type: "result", ok: true, value: 42, time: 500 });
    await h.idle();
    await answer;
    expect(terminated).toBe(true);
    expect(h.printed).toEqual([{ level: "log", text: "child line", time: 100 }]);
    expect(h.log).toEqual(["300 - timer at 300", "500 - got 42", "900 - timer at 900"]);
  });
});

describe("download with an AbortSignal", () => {
  it("rejects at the abort with an AbortError, and never fires later", async () => {
    const h = createHarness();
    const controller = new AbortController();
    const outcome = h.api.download("slow.gif", { latency: 900, signal: controller.signal }).then(
      () => "resolved",
      (error: DOMException) => `${error.name} at ${h.api.now()}`,
    );
    h.timers.setTimeout(() => controller.abort(), 300);
    await h.idle();
    expect(await outcome).toBe("AbortError at 300");
    expect(h.api.now()).toBe(300); // the cancelled download kept nothing running until 900
    expect(h.errors).toEqual([]);
  });

  it("rejects at once when the signal is already aborted", async () => {
    const h = createHarness();
    const error = await h.api.download("x", { signal: AbortSignal.abort() }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DOMException);
    expect((error as DOMException).name).toBe("AbortError");
    expect(h.api.now()).toBe(0);
  });

  it("rejects with the signal's own reason, as fetch does", async () => {
    const h = createHarness();
    const controller = new AbortController();
    const reason = new Error("enough");
    const outcome = h.api.download("x", { latency: 500, signal: controller.signal }).catch((e: unknown) => e);
    controller.abort(reason);
    expect(await outcome).toBe(reason);
    const timedOut = h.api.download("y", { latency: 500, signal: h.runtime.timeoutSignal(200) }).catch((e: DOMException) => `${e.name} at ${h.api.now()}`);
    await h.idle();
    expect(await timedOut).toBe("TimeoutError at 200");
  });

  it("resolves as usual when the signal never aborts, and a later abort changes nothing", async () => {
    const h = createHarness();
    const controller = new AbortController();
    const flag = h.api.download("fr.gif", { latency: 200, signal: controller.signal });
    await h.idle();
    controller.abort();
    expect(await flag).toMatchObject({ name: "fr.gif", ms: 200 });
  });

  it("leaves the seeded draws of other downloads as they were", async () => {
    const plain = createHarness();
    const expected = [plain.api.download("a"), plain.api.download("b")];
    await plain.idle();
    const h = createHarness();
    void h.api.download("a", { signal: AbortSignal.abort() }).catch(() => {});
    const b = h.api.download("b");
    await h.idle();
    expect(await b).toEqual(await expected[1]);
  });

  it("ends the lane of the task that awaited it at the abort", async () => {
    const h = createHarness();
    const controller = new AbortController();
    const job = h.api.task("CD", () => h.api.download("CD", { latency: 970, signal: controller.signal })).catch(() => {});
    h.timers.setTimeout(() => controller.abort(), 500);
    await h.idle();
    await job;
    expect(h.lanes.at(-1)).toEqual({ id: 1, name: "CD", start: 0, end: 500 });
    expect(h.spans).toEqual([{ id: 1, task: "CD", kind: "wait", start: 0, end: 500 }]);
  });
});
