/**
 * One example's runs. Run, Trace, Run both, Trace both and a mirrored run from another window all
 * start here. A session is idle, starting (preparing code, waiting for a sandbox) or running, and
 * holds one run at most: asking again while it starts or runs does nothing, and Stop always wins,
 * even in the middle of a compile.
 */
import type { GuestMessage, RunMessage } from "../sandbox/protocol/messages";
import { pageLocale } from "../lib/i18n";
import type { RunEnd } from "../sandbox/host/sandbox";
import type { RunSource } from "./run-source";

export type RunState = "idle" | "starting" | "running";

/** What a person (or another window) asked for. */
export interface RunRequest {
  /** Record a trace: the code is instrumented and the guest installs the tracer. */
  trace: boolean;
  /** Repeats a run started in another window of a talk, so it is not reported back there. */
  mirrored?: boolean;
}

/** A run that has started, as its sinks see it. */
export interface StartedRun {
  readonly trace: boolean;
  readonly mirrored: boolean;
  readonly source: RunSource;
}

/** Somewhere a run's progress goes (the output panel, the timeline, the page's listeners). */
export interface RunSink {
  state?(state: RunState): void;
  started?(run: StartedRun): void;
  message?(message: GuestMessage, run: StartedRun): void;
  /** A person (or another window) pressed Stop on this running run; its end follows. */
  stopping?(run: StartedRun): void;
  ended?(end: RunEnd, run: StartedRun, realElapsed: number): void;
  /** The run could not start: its code or its sandbox failed to load. */
  failed?(error: Error): void;
}

/** The part of a sandbox a session uses: one run, then thrown away. */
export interface RunSandbox {
  whenReady(): Promise<void>;
  run(message: RunMessage, onMessage: (message: GuestMessage) => void): Promise<RunEnd>;
  stop(): void;
  dispose(): void;
}

export interface RunSessionParts {
  /** Runnable code for the request; undefined when it cannot run (the reason already shown, e.g. syntax errors). */
  prepare(request: RunRequest): Promise<RunSource | undefined>;
  sandbox(): RunSandbox;
  /** Read as the run starts: the reader may have changed the speed meanwhile. */
  settings(): { scale: number; timeLimit: number };
  sinks: readonly RunSink[];
  now?: () => number;
}

/** One try at a run, from the request to its end; Stop cancels it wherever it has got to. */
class Attempt {
  sandbox: RunSandbox | undefined;
  /** Set once the run has started. */
  run: StartedRun | undefined;
  cancelled = false;
  readonly whenCancelled: Promise<void>;
  private markCancelled: () => void = () => {};

  constructor(readonly request: RunRequest) {
    this.whenCancelled = new Promise((resolve) => (this.markCancelled = resolve));
  }

  cancel(): void {
    if (this.cancelled) return;
    this.cancelled = true;
    this.sandbox?.dispose();
    this.markCancelled();
  }
}

export class RunSession {
  private phase: RunState = "idle";
  private attempt: Attempt | undefined;
  private readonly now: () => number;

  constructor(private readonly parts: RunSessionParts) {
    this.now = parts.now ?? (() => performance.now());
  }

  get state(): RunState {
    return this.phase;
  }

  /** Starting or running: a Run now would do nothing, a Stop would end it. */
  get busy(): boolean {
    return this.phase !== "idle";
  }

  /** Starts a run unless one is starting or running; resolves when it is over, however it ends. */
  run(request: RunRequest): Promise<void> {
    return RunSession.together([this], request);
  }

  /** What a Run/Stop button does: Stop while busy, else Run. */
  toggle(request: RunRequest): Promise<void> {
    if (!this.busy) return this.run(request);
    this.stop();
    return Promise.resolve();
  }

  /** Ends the run now, or cancels it before it starts (nothing then runs). */
  stop(): void {
    const attempt = this.attempt;
    if (!attempt) return;
    if (this.phase === "running") {
      const run = attempt.run!;
      this.parts.sinks.forEach((sink) => sink.stopping?.(run));
      // The sandbox reports its own end ("stopped") through run().
      return attempt.sandbox?.stop();
    }
    attempt.cancel();
    this.release(attempt);
  }

  /**
   * Starts every session at the same moment (Run both, Trace both): all prepare and get their
   * sandbox first, then every run is posted in one turn. Nothing starts if any session is busy,
   * fails to prepare, or is stopped before the start; `beforeStart` runs just before the posts.
   */
  static async together(sessions: readonly RunSession[], request: RunRequest, beforeStart?: () => void): Promise<void> {
    if (sessions.length === 0 || sessions.some((session) => session.busy)) return;
    const attempts = sessions.map((session) => session.claim(request));
    const anyStopped = Promise.race(attempts.map((attempt) => attempt.whenCancelled)).then(() => undefined);
    const live = () => attempts.every((attempt) => !attempt.cancelled);
    const abandon = () => sessions.forEach((session, i) => session.abandon(attempts[i]!));

    const sources = await Promise.race([Promise.all(sessions.map((session, i) => session.prepare(attempts[i]!))), anyStopped]);
    if (!sources || !live() || sources.some((source) => source === undefined)) return abandon();
    const ready = sessions.map((session, i) => session.acquire(attempts[i]!));
    const allReady = await Promise.race([Promise.all(ready), anyStopped]);
    if (!allReady || !live() || allReady.includes(false)) return abandon();

    beforeStart?.();
    await Promise.all(sessions.map((session, i) => session.start(attempts[i]!, sources[i]!)));
  }

  private claim(request: RunRequest): Attempt {
    const attempt = new Attempt(request);
    this.attempt = attempt;
    this.setState("starting");
    return attempt;
  }

  /** The code to run, or undefined (a failure is shown unless the attempt was stopped meanwhile). */
  private async prepare(attempt: Attempt): Promise<RunSource | undefined> {
    try {
      return await this.parts.prepare(attempt.request);
    } catch (error) {
      this.fail(attempt, error);
      return undefined;
    }
  }

  /** Takes a sandbox and waits until it can run code; false when it could not load. */
  private async acquire(attempt: Attempt): Promise<boolean> {
    try {
      attempt.sandbox = this.parts.sandbox();
      await attempt.sandbox.whenReady();
      return true;
    } catch (error) {
      this.fail(attempt, error);
      return false;
    }
  }

  private async start(attempt: Attempt, source: RunSource): Promise<void> {
    const sandbox = attempt.sandbox!;
    const run: StartedRun = { trace: attempt.request.trace, mirrored: attempt.request.mirrored ?? false, source };
    attempt.run = run;
    const { scale, timeLimit } = this.parts.settings();
    this.setState("running");
    this.parts.sinks.forEach((sink) => sink.started?.(run));
    const message: RunMessage = {
      type: "run",
      code: source.js,
      mode: "paced",
      scale,
      timeLimit,
      ...(run.trace ? { trace: true } : {}),
      ...(source.language ? { language: source.language } : {}),
      ...(source.setup ? { setup: source.setup } : {}),
      ...(source.epilogue ? { epilogue: source.epilogue } : {}),
      ...(pageLocale() === "pt-BR" ? { locale: "pt-BR" as const } : {}),
    };
    const startedAt = this.now();
    let end: RunEnd;
    try {
      end = await sandbox.run(message, (received) => this.parts.sinks.forEach((sink) => sink.message?.(received, run)));
    } catch {
      sandbox.dispose();
      end = { reason: "stopped" };
    }
    const realElapsed = this.now() - startedAt;
    this.release(attempt);
    this.parts.sinks.forEach((sink) => sink.ended?.(end, run, realElapsed));
  }

  private fail(attempt: Attempt, error: unknown): void {
    if (attempt.cancelled) return;
    const reason = error instanceof Error ? error : new Error(String(error));
    this.parts.sinks.forEach((sink) => sink.failed?.(reason));
  }

  private abandon(attempt: Attempt): void {
    attempt.cancel();
    this.release(attempt);
  }

  /** Back to idle, unless a newer attempt has taken over since. */
  private release(attempt: Attempt): void {
    if (this.attempt !== attempt) return;
    this.attempt = undefined;
    this.setState("idle");
  }

  private setState(state: RunState): void {
    this.phase = state;
    this.parts.sinks.forEach((sink) => sink.state?.(state));
  }
}
