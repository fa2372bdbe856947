import { describe, expect, it } from "vitest";
import type { GuestMessage } from "../sandbox/protocol/messages.ts";
import type { ClockMode } from "../sandbox/protocol/messages.ts";
import type { SpawnWorker } from "./nested-worker.ts";
import { createHarness, simulatedHost } from "../../test/support/runtime-harness.ts";

type Harness = ReturnType<typeof createHarness>;

/** Programs as lessons write them, on the harness's API and timers; each says what a lesson would print. */
const programs: Record<string, (h: Harness) => Promise<unknown>> = {
  "a chain of sleeps in two tasks": async (h) => {
    const countdown = async (n: number) => {
      for (; n > 0; n--) {
        h.say(`T-minus ${n} at ${h.api.elapsed()}`);
        await h.api.sleep(1000);
      }
    };
    await Promise.all([h.api.task("A", () => countdown(2)), h.api.task("B", () => countdown(3))]);
    h.say("all done");
  },
  "a race of downloads": async (h) => {
    h.api.seed(7);
    const winner = await Promise.race(["a", "b", "c"].map((name) => h.api.download(name)));
    h.say(`${winner.name} first after ${winner.ms} ms, now ${h.api.now()}`);
  },
  "the total is the slowest download (lesson 8)": async (h) => {
    h.api.seed(2016);
    const start = h.api.now();
    const flags = await Promise.all(Array.from({ length: 20 }, (_, i) => h.api.download(`flag ${i}`)));
    const slowest = Math.max(...flags.map((flag) => flag.ms));
    h.say(`total time equals the slowest download: ${h.api.now() - start === slowest}`);
  },
  "an interval beside a timeout": async (h) => {
    let beats = 0;
    const id = h.timers.setInterval(() => {
      h.say(`beat ${++beats}`);
      if (beats === 4) h.timers.clearInterval(id);
    }, 250);
    h.timers.setTimeout(() => h.say("between"), 600);
    await h.api.sleep(1000);
  },
  "a blocking sleep stops the clock's ticks (lesson 7)": async (h) => {
    const clock = h.timers.setInterval(() => h.say(`tick ${h.api.elapsed()}`), 1000);
    await h.api.sleep(1500);
    h.say(`work starts at ${h.api.elapsed()}`);
    h.api.sleepSync(3000);
    h.say(`work ends at ${h.api.elapsed()}`);
    await h.api.sleep(700);
    h.timers.clearInterval(clock);
  },
  "nested zero-delay timers, clamped": async (h) => {
    let depth = 0;
    await new Promise<void>((resolve) => {
      const again = () => {
        h.say(`depth ${++depth} at ${h.api.now()}`);
        if (depth < 7) h.timers.setTimeout(again, 0);
        else resolve();
      };
      h.timers.setTimeout(again, 0);
    });
  },
};

async function run(mode: ClockMode, scale: number, program: (h: Harness) => Promise<unknown>) {
  const simulated = simulatedHost();
  const h = createHarness({ mode, scale, host: simulated.host });
  const done = program(h);
  await h.idle();
  await done;
  return { log: h.log, realMs: simulated.realNow(), logical: h.runtime.clock.now() };
}

describe.each(Object.entries(programs))("%s", (_, program) => {
  it.each([1, 2000])("prints the same stamps paced as on virtual time (scale %d)", async (scale) => {
    const virtual = await run("virtual", scale, program);
    const paced = await run("paced", scale, program);
    expect(paced.log).toEqual(virtual.log);
    expect(paced.logical).toBe(virtual.logical);
  });

  it("takes about logical / scale real ms when paced, and none on virtual time", async () => {
    const scale = 50;
    const paced = await run("paced", scale, program);
    const virtual = await run("virtual", scale, program);
    expect(paced.realMs).toBeGreaterThanOrEqual(paced.logical / scale - 1); // a timer may fire under a real ms early
    expect(paced.realMs).toBeLessThan(paced.logical / scale + 5);
    expect(virtual.realMs).toBeLessThan(5);
  });
});

/**
 * A stand-in for a child worker: posts `messages` at the given real ms (on the simulated host),
 * as a child would whose clock is paced like its parent's.
 */
function scriptedChild(host: ReturnType<typeof simulatedHost>["host"], script: [realMs: number, message: GuestMessage][]): SpawnWorker {
  return (_request, listener) => {
    const handles = script.map(([realMs, message]) => host.setTimeout(() => listener(message), realMs));
    return () => handles.forEach((handle) => host.clearTimeout(handle));
  };
}

describe("runInWorker when paced", () => {
  /** Lesson 7: an interval keeps ticking while a worker blocks for 3000 ms (at scale 1). */
  const workInWorker = async (mode: ClockMode, script: [number, GuestMessage][]) => {
    const simulated = simulatedHost();
    const realTimes: number[] = [];
    const h = createHarness({ mode, scale: 1, host: simulated.host, spawnWorker: scriptedChild(simulated.host, script) });
    const say = (text: string) => {
      h.say(text);
      realTimes.push(simulated.realNow());
    };
    const program = (async () => {
      const clock = h.timers.setInterval(() => say(`tick ${h.api.elapsed()}`), 1000);
      await h.api.sleep(1500);
      say(`work starts at ${h.api.elapsed()}`);
      await h.api.runInWorker((ms: number) => ms, 3000);
      say(`work ends at ${h.api.elapsed()}`);
      await h.api.sleep(700);
      h.timers.clearInterval(clock);
    })();
    await h.idle();
    await program;
    return { log: h.log, realTimes };
  };
  const expected = [
    "1000 - tick 1.00s",
    "1500 - work starts at 1.50s",
    "2000 - tick 2.00s",
    "3000 - tick 3.00s",
    "4000 - tick 4.00s",
    "4500 - work ends at 4.50s",
    "5000 - tick 5.00s",
  ];

  it("keeps the parent's timers going up to what the child promised, and delivers at start + the child's time", async () => {
    // The child starts 40 real ms late, promises nothing before 3000 as its sleepSync begins, answers at 3000.
    const script: [number, GuestMessage][] = [
      [40, { type: "tick", time: 0, realTime: 0, quietUntil: 3000 }],
      [3040, { type: "result", ok: true, value: 3000, time: 3000 }],
    ];
    const paced = await workInWorker("paced", script);
    expect(paced.log).toEqual(expected);
    // The ticks at 2, 3 and 4 s were printed on time, before the child's answer arrived.
    expect(paced.realTimes.slice(2, 5).map(Math.round)).toEqual([2000, 3000, 4000]);
    expect((await workInWorker("virtual", script)).log).toEqual(expected);
  });

  it("holds the parent where the child may still post, and prints the same when the child is slow to say so", async () => {
    const late: [number, GuestMessage][] = [[5000, { type: "result", ok: true, value: 3000, time: 3000 }]];
    const paced = await workInWorker("paced", late);
    expect(paced.log).toEqual(expected);
    expect(paced.realTimes[2]).toBeGreaterThanOrEqual(5000); // tick 2.00s had to wait for the child
  });

  it("orders a child's message due with a parent timer after the parent's own timer, however early it arrived", async () => {
    const order = async (arrivesAt: number) => {
      const simulated = simulatedHost();
      const script: [number, GuestMessage][] = [
        [arrivesAt, { type: "logs", lines: [{ level: "log", text: "child at 500", time: 500 }] }],
        [arrivesAt, { type: "result", ok: true, value: 0, time: 600 }],
      ];
      const h = createHarness({ mode: "paced", scale: 1, host: simulated.host, spawnWorker: scriptedChild(simulated.host, script) });
      h.timers.setTimeout(() => h.say("parent at 500"), 500);
      const done = h.api.runInWorker(() => 0).then(() => h.say("child done"));
      await h.idle();
      await done;
      return [...h.log, ...h.printed.map((line) => line.text)];
    };
    const expectedOrder = ["500 - parent at 500", "600 - child done", "child at 500"];
    expect(await order(1)).toEqual(expectedOrder);
    expect(await order(900)).toEqual(expectedOrder);
  });
  it("shows what a child printed at its start even while the child then spins and says nothing more", async () => {
    for (const mode of ["paced", "virtual"] as const) {
      const simulated = simulatedHost();
      const script: [number, GuestMessage][] = [[5, { type: "logs", lines: [{ level: "log", text: "worker 1 spins", time: 0 }] }]];
      const h = createHarness({ mode, scale: 1, host: simulated.host, spawnWorker: scriptedChild(simulated.host, script) });
      void h.api.runInWorker(() => 0);
      await expect.poll(() => h.printed.map((line) => line.text)).toEqual(["worker 1 spins"]);
      h.runtime.stop();
    }
  });
});
