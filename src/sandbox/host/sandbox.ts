import type { FrameMessage, GuestMessage, PythonFiles, RunMessage } from "../protocol/messages";
import { type Checked, checkFrameMessage, checkGuestMessage } from "../protocol/validate";
import { type BudgetLimits, PAGE_BUDGET, RunBudget } from "./budget";
import { sandboxDocument } from "./frame-document";

/** How a run ended, as the host saw it. `refused`: the guest broke the protocol or sent past its budget. */
export type RunEnd =
  | { reason: "done"; time: number; realTime: number }
  | { reason: "stopped" }
  | { reason: "time-limit"; limit: number }
  | { reason: "refused"; why: string };

/** What the reader is told when a run sends more than the page takes. */
export const OVER_BUDGET = "the example sent more output than the page accepts";
/** …and when it sends something no honest guest sends. */
export const BROKE_PROTOCOL = "the example sent a message the page does not accept";

/**
 * One sandbox: a hidden opaque-origin iframe and its guest worker, used for exactly one run.
 * Made ahead of time so Run only has to post the code; thrown away afterwards, so no state
 * survives from one run to the next. Page and worker talk over a private MessageChannel.
 * Nothing from the guest is trusted: every message is checked and charged against the run's
 * budget before anyone hears it, and a guest that breaks either is stopped.
 */
export class Sandbox {
  private readonly frame: HTMLIFrameElement;
  private readonly port: MessagePort;
  private readonly ready: Promise<void>;
  private readonly started: Promise<void>;
  private markReady: () => void = () => {};
  private failReady: (error: Error) => void = () => {};
  private markStarted: () => void = () => {};
  private listener: ((message: GuestMessage) => void) | undefined;
  private budget: RunBudget | undefined;
  private unsubscribe: () => void = () => {};
  private finish: ((end: RunEnd) => void) | undefined;
  private limitTimer: ReturnType<typeof setTimeout> | undefined;

  /**
   * `python`: this sandbox runs Python. Once its guest is up, the files it returns (Pyodide's) are
   * transferred in, and the sandbox is ready only when the interpreter has started.
   */
  constructor(
    guestSource: Promise<string>,
    private readonly limits: BudgetLimits = PAGE_BUDGET,
    private readonly python?: () => Promise<PythonFiles>,
  ) {
    this.frame = document.createElement("iframe");
    this.frame.setAttribute("sandbox", "allow-scripts");
    this.frame.setAttribute("aria-hidden", "true");
    this.frame.tabIndex = -1;
    this.frame.title = "Sandbox";
    this.frame.className = "sandbox-frame";
    this.frame.srcdoc = sandboxDocument();
    const channel = new MessageChannel();
    this.port = channel.port1;
    this.started = new Promise((resolve) => (this.markStarted = resolve));
    this.ready = new Promise((resolve, reject) => {
      this.markReady = resolve;
      this.failReady = reject;
      // A guest that cannot load fails the run at once, rather than leaving it waiting forever.
      guestSource.catch(reject);
    });
    this.ready.catch(() => this.dispose());
    // Only the worker holds the other end of the port: nothing else on the page can speak on it.
    this.port.onmessage = (event: MessageEvent) => this.hear(checkGuestMessage(event.data));
    let booted = false;
    const onMessage = async (event: MessageEvent) => {
      // Only our own frame speaks to us; everything else on the page is ignored.
      if (event.source !== this.frame.contentWindow) return;
      const checked = checkFrameMessage(event.data);
      if (!checked.ok || checked.message.type === "error") return this.hear(checked);
      if (booted) return;
      booted = true;
      const source = await guestSource.catch(() => undefined);
      if (source === undefined) return;
      this.frame.contentWindow?.postMessage({ type: "boot", source }, "*", [channel.port2]);
    };
    window.addEventListener("message", onMessage);
    this.unsubscribe = () => window.removeEventListener("message", onMessage);
    document.body.append(this.frame);
  }

  /** Resolves once the guest is installed and waiting for code. */
  whenReady(): Promise<void> {
    return this.ready;
  }

  /** Resolves once the run has shown signs of life (its first message) or ended. */
  whenStarted(): Promise<void> {
    return this.started;
  }

  /** Hands the guest Pyodide's bytes (moved, not copied); it answers `python-ready`. */
  private async loadPython(files: () => Promise<PythonFiles>): Promise<void> {
    try {
      const loaded = await files();
      this.port.postMessage({ type: "load-python", files: loaded }, Object.values(loaded));
    } catch (error) {
      this.failReady(error instanceof Error ? error : new Error(String(error)));
    }
  }

  /** Runs compiled code; `onMessage` hears every guest message; resolves when the run ends. */
  async run(message: RunMessage, onMessage: (message: GuestMessage) => void): Promise<RunEnd> {
    await this.ready;
    this.listener = onMessage;
    this.budget = new RunBudget(() => performance.now(), this.limits);
    const ended = new Promise<RunEnd>((resolve) => (this.finish = resolve));
    // The time limit is enforced here, outside the worker: a spinning loop cannot delay it.
    this.limitTimer = setTimeout(() => this.end({ reason: "time-limit", limit: message.timeLimit }), message.timeLimit);
    this.port.postMessage(message);
    return ended;
  }

  /** Ends the run now: the worker and its frame are destroyed, whatever the code is doing. */
  stop(): void {
    this.end({ reason: "stopped" });
  }

  /** A checked message from the worker or the frame: refused, or charged and passed on. */
  private hear(checked: Checked<GuestMessage | FrameMessage>): void {
    if (!checked.ok) return this.refuse(`${BROKE_PROTOCOL} (${checked.problem})`);
    const message = checked.message;
    if (message.type === "frame-ready") return;
    if (message.type === "ready") return this.python ? void this.loadPython(this.python) : this.markReady();
    if (message.type === "python-ready") return this.markReady();
    if (!this.listener) {
      // A Python guest whose interpreter failed to start says why before any run: the run cannot start.
      if (message.type === "error" && this.python) this.failReady(new Error(message.message));
      return; // nothing else of a run is expected before it starts
    }
    if (message.type === "result") return this.refuse(`${BROKE_PROTOCOL} (a result, which only a worker's parent expects)`);
    if (!this.budget?.charge(message)) return this.refuse(OVER_BUDGET);
    if (message.type === "events") for (const event of message.events) this.deliver(event);
    else this.deliver(message);
  }

  private deliver(message: GuestMessage): void {
    this.listener?.(message);
    this.markStarted();
    if (message.type === "done") this.end({ reason: "done", time: message.time, realTime: message.realTime });
    else if (message.type === "error" && message.kind === "timeout") this.end({ reason: "time-limit", limit: 0 });
  }

  private refuse(why: string): void {
    if (this.finish) this.end({ reason: "refused", why });
  }

  private end(end: RunEnd): void {
    this.dispose();
    clearTimeout(this.limitTimer);
    this.markStarted();
    this.finish?.(end);
    this.finish = undefined;
  }

  /** Removing the frame terminates its worker and every worker that one started; first, so nothing more arrives. */
  dispose(): void {
    this.frame.remove();
    this.port.onmessage = null;
    this.port.close();
    this.unsubscribe();
    this.listener = undefined;
    this.budget = undefined;
  }
}
