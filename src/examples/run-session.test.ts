import { describe, expect, it } from "vitest";
import type { GuestMessage, RunMessage } from "../sandbox/protocol/messages";
import type { RunEnd } from "../sandbox/host/sandbox";
import type { RunSource } from "./run-source";
import { RunSession, type RunRequest, type RunSandbox, type RunSink, type RunState } from "./run-session";

/** A promise and the functions that settle it. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<T>((yes, no) => ((resolve = yes), (reject = no)));
  return { promise, resolve, reject };
}

/** A sandbox the test drives: it gets ready, hears messages and ends when told to. */
class FakeSandbox implements RunSandbox {
  readonly ready = deferred<void>();
  readonly posted: RunMessage[] = [];
  disposed = false;
  private listener: ((message: GuestMessage) => void) | undefined;
  private finish: ((end: RunEnd) => void) | undefined;

  whenReady() {
    return this.ready.promise;
  }
  run(message: RunMessage, onMessage: (message: GuestMessage) => void) {
    this.posted.push(message);
    this.listener = onMessage;
    return new Promise<RunEnd>((resolve) => (this.finish = resolve));
  }
  stop() {
    this.end({ reason: "stopped" });
  }
  dispose() {
    this.disposed = true;
  }
  say(message: GuestMessage) {
    this.listener?.(message);
  }
  end(end: RunEnd) {
    this.disposed = true;
    this.finish?.(end);
  }
}

const source: RunSource = { js: "console.log(1)", sourceMap: async () => undefined };
const plain: RunRequest = { trace: false };
/** Lets every pending promise callback run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/** A session with scripted preparation, fake sandboxes, and a sink that writes down what it heard. */
function harness(prepare: (request: RunRequest) => Promise<RunSource | undefined> = async () => source) {
  const sandboxes: FakeSandbox[] = [];
  const heard: string[] = [];
  const states: RunState[] = [];
  const sink: RunSink = {
    state: (state) => states.push(state),
    started: (run) => heard.push(`start${run.trace ? " traced" : ""}`),
    message: (message) => heard.push(message.type),
    stopping: () => heard.push("stopping"),
    ended: (end) => heard.push(`end ${end.reason}`),
    failed: (error) => heard.push(`failed: ${error.message}`),
  };
  const session = new RunSession({
    prepare,
    sandbox: () => {
      const sandbox = new FakeSandbox();
      sandbox.ready.resolve();
      sandboxes.push(sandbox);
      return sandbox;
    },
    settings: () => ({ scale: 1, timeLimit: 10_000 }),
    sinks: [sink],
  });
  return { session, sandboxes, heard, states };
}

describe("RunSession", () => {
  it("goes idle → starting → running → idle, and tells its sinks in that order", async () => {
    const { session, sandboxes, heard, states } = harness();
    const run = session.run(plain);
    expect(session.state).toBe("starting");
    await settle();
    expect(session.state).toBe("running");
    sandboxes[0]!.say({ type: "logs", lines: [] });
    sandboxes[0]!.end({ reason: "done", time: 3, realTime: 3 });
    await run;
    expect(session.state).toBe("idle");
    expect(states).toEqual(["starting", "running", "idle"]);
    expect(heard).toEqual(["start", "logs", "end done"]);
  });

  it("starts one run however often Run is asked for while one starts or runs", async () => {
    const { session, sandboxes } = harness();
    const runs = Array.from({ length: 300 }, () => session.run(plain));
    await settle();
    void session.run(plain);
    expect(sandboxes).toHaveLength(1);
    expect(sandboxes[0]!.posted).toHaveLength(1);
    sandboxes[0]!.end({ reason: "done", time: 0, realTime: 0 });
    await Promise.all(runs);
  });

  it("toggles: Run while idle, Stop while busy", async () => {
    const { session, sandboxes, heard } = harness();
    void session.toggle(plain);
    await settle();
    await session.toggle(plain);
    await settle();
    expect(session.state).toBe("idle");
    expect(sandboxes).toHaveLength(1);
    // "stopping" is what another window of a talk repeats.
    expect(heard).toEqual(["start", "stopping", "end stopped"]);
  });

  it("lets Stop win while the code is still being prepared: nothing runs afterwards", async () => {
    const compiled = deferred<RunSource | undefined>();
    const { session, sandboxes, heard, states } = harness(() => compiled.promise);
    const run = session.run(plain);
    session.stop();
    expect(session.state).toBe("idle");
    compiled.resolve(source);
    await run;
    expect(sandboxes).toHaveLength(0);
    expect(heard).toEqual([]);
    expect(states).toEqual(["starting", "idle"]);
  });

  it("lets Stop win while the sandbox is still loading, and throws that sandbox away", async () => {
    const sandbox = new FakeSandbox();
    const session = new RunSession({ prepare: async () => source, sandbox: () => sandbox, settings: () => ({ scale: 1, timeLimit: 1 }), sinks: [] });
    const run = session.run(plain);
    await settle();
    session.stop();
    await run;
    expect(sandbox.disposed).toBe(true);
    expect(sandbox.posted).toEqual([]);
  });

  it("a new Run after a Stop mid-compile is not undone by the old compile finishing", async () => {
    const first = deferred<RunSource | undefined>();
    let calls = 0;
    const { session, sandboxes } = harness(() => (++calls === 1 ? first.promise : Promise.resolve(source)));
    void session.run(plain);
    session.stop();
    void session.run(plain);
    await settle();
    expect(session.state).toBe("running");
    first.resolve(source);
    await settle();
    expect(session.state).toBe("running");
    expect(sandboxes).toHaveLength(1);
  });

  it("goes back to idle when the code cannot run, and shows why when preparing threw", async () => {
    const quiet = harness(async () => undefined);
    await quiet.session.run(plain);
    expect(quiet.session.state).toBe("idle");
    expect(quiet.heard).toEqual([]);

    const broken = harness(async () => {
      throw new Error("Could not load /x.js (404)");
    });
    await broken.session.run(plain);
    expect(broken.session.state).toBe("idle");
    expect(broken.heard).toEqual(["failed: Could not load /x.js (404)"]);
  });

  it("returns to idle with the reason when the sandbox fails to load, and a retry works", async () => {
    const heard: string[] = [];
    let attempt = 0;
    const session = new RunSession({
      prepare: async () => source,
      sandbox: () => {
        const sandbox = new FakeSandbox();
        if (++attempt === 1) sandbox.ready.reject(new Error("Could not load the sandbox (503)"));
        else sandbox.ready.resolve();
        setTimeout(() => sandbox.end({ reason: "done", time: 0, realTime: 0 }), 0);
        return sandbox;
      },
      settings: () => ({ scale: 1, timeLimit: 1 }),
      sinks: [{ failed: (error) => heard.push(error.message), ended: (end) => heard.push(end.reason) }],
    });
    await session.run(plain);
    expect(session.state).toBe("idle");
    await session.run(plain);
    expect(heard).toEqual(["Could not load the sandbox (503)", "done"]);
  });

  it("says on the start whether the run is traced, and posts the tracer flag", async () => {
    const { session, sandboxes, heard } = harness();
    void session.run({ trace: true });
    await settle();
    expect(heard).toEqual(["start traced"]);
    expect(sandboxes[0]!.posted[0]).toMatchObject({ type: "run", trace: true, scale: 1, timeLimit: 10_000 });
  });
});

describe("RunSession.together", () => {
  it("posts every side's run in one turn, after all are prepared and ready", async () => {
    const sides = [harness(), harness()];
    let posted = -1;
    const both = RunSession.together(
      sides.map((side) => side.session),
      plain,
      () => (posted = sides.reduce((count, side) => count + (side.sandboxes[0]?.posted.length ?? 0), 0)),
    );
    await settle();
    expect(posted).toBe(0);
    expect(sides.map((side) => side.sandboxes[0]!.posted.length)).toEqual([1, 1]);
    sides.forEach((side) => side.sandboxes[0]!.end({ reason: "done", time: 0, realTime: 0 }));
    await both;
  });

  it("starts neither side when one cannot run (e.g. a syntax error), and frees the other", async () => {
    const good = harness();
    const bad = harness(async () => undefined);
    await RunSession.together([good.session, bad.session], { trace: true });
    expect([good.session.state, bad.session.state]).toEqual(["idle", "idle"]);
    expect(good.heard).toEqual([]);
  });

  it("starts neither side when one is stopped before the start", async () => {
    const compiled = deferred<RunSource | undefined>();
    const slow = harness(() => compiled.promise);
    const fast = harness();
    const both = RunSession.together([slow.session, fast.session], plain);
    await settle();
    fast.session.stop();
    await both;
    expect([slow.session.state, fast.session.state]).toEqual(["idle", "idle"]);
    compiled.resolve(source);
    await settle();
    expect(slow.sandboxes).toHaveLength(0);
    expect(fast.heard).toEqual([]);
  });

  it("does nothing while either side is already busy", async () => {
    const busy = harness();
    const idle = harness();
    void busy.session.run(plain);
    await RunSession.together([busy.session, idle.session], plain);
    expect(idle.session.state).toBe("idle");
    expect(idle.sandboxes).toHaveLength(0);
  });
});
