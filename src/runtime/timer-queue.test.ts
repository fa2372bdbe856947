import { describe, expect, it } from "vitest";
import { createHarness, simulatedHost } from "../../test/support/runtime-harness.ts";

describe("timers on virtual time", () => {
  it("fire by due time, then by creation order", async () => {
    const h = createHarness();
    h.timers.setTimeout(() => h.say("a"), 10);
    h.timers.setTimeout(() => h.say("b"), 10);
    h.timers.setTimeout(() => h.say("c"), 5);
    h.timers.setTimeout(() => h.say("d"), 10);
    await h.idle();
    expect(h.log).toEqual(["5 - c", "10 - a", "10 - b", "10 - d"]);
  });

  it("let the microtask queue drain before the next timer", async () => {
    const h = createHarness();
    h.timers.setTimeout(() => {
      h.say("timer 1");
      void Promise.resolve()
        .then(() => h.say("microtask of timer 1"))
        .then(() => h.say("second microtask"));
    }, 0);
    h.timers.setTimeout(() => h.say("timer 2"), 0);
    void Promise.resolve().then(() => h.say("microtask"));
    h.say("sync");
    await h.idle();
    expect(h.log).toEqual(["0 - sync", "0 - microtask", "0 - timer 1", "0 - microtask of timer 1", "0 - second microtask", "0 - timer 2"]);
  });

  it("run a timer created inside a timer after timers already due at the same time", async () => {
    const h = createHarness();
    h.timers.setTimeout(() => {
      h.say("a");
      h.timers.setTimeout(() => h.say("c"), 0);
      h.timers.setTimeout(() => h.say("e"), 5);
    }, 10);
    h.timers.setTimeout(() => h.say("b"), 10);
    h.timers.setTimeout(() => h.say("d"), 15);
    await h.idle();
    expect(h.log).toEqual(["10 - a", "10 - b", "10 - c", "15 - d", "15 - e"]);
  });

  it("treat negative, NaN and missing delays as 0 and pass extra arguments", async () => {
    const h = createHarness();
    h.timers.setTimeout((x: unknown) => h.say(`neg ${String(x)}`), -5, 1);
    h.timers.setTimeout(() => h.say("nan"), Number.NaN);
    h.timers.setTimeout(() => h.say("none"));
    await h.idle();
    expect(h.log).toEqual(["0 - neg 1", "0 - nan", "0 - none"]);
  });

  it("clamp deeply nested zero-delay timers to 4 ms, like Chrome", async () => {
    const h = createHarness();
    let depth = 0;
    const again = () => {
      h.say(`depth ${++depth}`);
      if (depth < 7) h.timers.setTimeout(again, 0);
    };
    h.timers.setTimeout(again, 0);
    await h.idle();
    expect(h.log.map((line) => line.split(" ")[0])).toEqual(["0", "0", "0", "0", "4", "8", "12"]);
  });

  it("cancel with clearTimeout, also from inside another timer", async () => {
    const h = createHarness();
    const late = h.timers.setTimeout(() => h.say("never"), 20);
    h.timers.setTimeout(() => h.timers.clearTimeout(late), 10);
    const gone = h.timers.setTimeout(() => h.say("never either"), 5);
    h.timers.clearTimeout(gone);
    h.timers.clearTimeout(12345);
    await h.idle();
    expect(h.log).toEqual([]);
  });

  it("repeat intervals on their grid until cleared", async () => {
    const h = createHarness();
    let count = 0;
    const id = h.timers.setInterval(() => {
      h.say(`beat ${++count}`);
      if (count === 3) h.timers.clearInterval(id);
    }, 100);
    h.timers.setTimeout(() => h.say("between"), 150);
    await h.idle();
    expect(h.log).toEqual(["100 - beat 1", "150 - between", "200 - beat 2", "300 - beat 3"]);
  });

  it("do not wait for weak timers (AbortSignal.timeout) once nothing else is left", async () => {
    const h = createHarness();
    h.runtime.queue.add(() => h.say("weak, early"), 5, { weak: true });
    h.runtime.queue.add(() => h.say("never: nothing else keeps the run going"), 50, { weak: true });
    h.timers.setTimeout(() => h.say("strong"), 10);
    await h.idle();
    expect(h.log).toEqual(["5 - weak, early", "10 - strong"]);
    expect(h.runtime.queue.isIdle()).toBe(true);
  });

  it("report a throwing callback and keep going", async () => {
    const h = createHarness();
    h.timers.setTimeout(() => {
      throw new Error("boom");
    }, 1);
    h.timers.setTimeout(() => h.say("still here"), 2);
    await h.idle();
    expect(h.errors).toMatchObject([{ message: "boom" }]);
    expect(h.log).toEqual(["2 - still here"]);
  });

  it("run a 6h40 program at once with exact stamps", async () => {
    const h = createHarness();
    const started = performance.now();
    const program = (async () => {
      for (let game = 1; game <= 24; game++) {
        await h.api.sleep(1000 * 1000);
        h.say(`game ${game} ${h.api.elapsed()}`);
      }
    })();
    await h.idle();
    await program;
    expect(h.log.at(-1)).toBe("24000000 - game 24 24000.00s");
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it("stop at the time limit (timeLimit × scale logical ms)", async () => {
    const h = createHarness({ timeLimit: 1000, scale: 5 });
    h.timers.setInterval(() => h.say("beat"), 1000);
    await h.idle();
    expect(h.limitReached()).toBe(true);
    expect(h.log).toHaveLength(5);
    expect(h.runtime.clock.now()).toBe(5000);
  });

  it("stay deterministic: the same program gives the same trace", async () => {
    const trace = async () => {
      const h = createHarness();
      for (const [name, ms] of [["x", 30], ["y", 10], ["z", 30], ["w", 0]] as const) {
        h.timers.setTimeout(() => {
          h.say(name);
          void h.api.sleep(5).then(() => h.say(`${name} again`));
        }, ms);
      }
      await h.idle();
      return h.log;
    };
    const first = await trace();
    expect(await trace()).toEqual(first);
    expect(first).toEqual(["0 - w", "5 - w again", "10 - y", "15 - y again", "30 - x", "30 - z", "35 - x again", "35 - z again"]);
  });
});

describe("timers on paced time", () => {
  it("fire at their exact due time, after delay / scale real ms", async () => {
    const simulated = simulatedHost();
    const h = createHarness({ mode: "paced", scale: 100, host: simulated.host });
    h.timers.setTimeout(() => h.say("second"), 2000);
    h.timers.setTimeout(() => h.say("first"), 1000);
    await h.idle();
    expect(h.log).toEqual(["1000 - first", "2000 - second"]);
    expect(simulated.realNow()).toBeGreaterThanOrEqual(19);
    expect(simulated.realNow()).toBeLessThan(21);
  });

  it("fire late, in order and with the same stamps, when the page is busy", async () => {
    const simulated = simulatedHost();
    const h = createHarness({ mode: "paced", scale: 100, host: simulated.host });
    h.timers.setTimeout(() => h.say("a"), 100);
    h.timers.setTimeout(() => h.say("b"), 200);
    h.runtime.clock.now(); // opens the turn the busy page is in
    while (simulated.realNow() < 50) h.runtime.clock.realElapsed(); // 50 real ms of other work: 5000 logical ms late
    await h.idle();
    expect(h.log).toEqual(["100 - a", "200 - b"]);
  });

  it("wait for real time on the real host", async () => {
    const h = createHarness({ mode: "paced", scale: 1 });
    const started = performance.now();
    h.timers.setTimeout(() => h.say("on time"), 30);
    await h.idle();
    expect(h.log).toEqual(["30 - on time"]);
    expect(performance.now() - started).toBeGreaterThanOrEqual(29);
  });
});
