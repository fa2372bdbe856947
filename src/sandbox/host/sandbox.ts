import { isGuestMessage, type GuestMessage, type RunMessage } from "../protocol/messages";
import { sandboxDocument } from "./frame-document";

/** How a run ended, as the host saw it. */
export type RunEnd =
  | { reason: "done"; time: number; realTime: number }
  | { reason: "stopped" }
  | { reason: "time-limit"; limit: number };

/**
 * One sandbox: a hidden opaque-origin iframe and its guest worker, used for exactly one run.
 * Made ahead of time so Run only has to post the code; thrown away afterwards, so no state
 * survives from one run to the next. Page and worker talk over a private MessageChannel.
 */
export class Sandbox {
  private readonly frame: HTMLIFrameElement;
  private readonly port: MessagePort;
  private readonly ready: Promise<void>;
  private readonly started: Promise<void>;
  private markStarted: () => void = () => {};
  private listener: ((message: GuestMessage) => void) | undefined;
  private unsubscribe: () => void = () => {};
  private finish: ((end: RunEnd) => void) | undefined;
  private limitTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(guestSource: Promise<string>) {
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
      // Only the worker holds the other end of the port: nothing else on the page can speak on it.
      this.port.onmessage = (event: MessageEvent) => {
        const data: unknown = event.data;
        if (!isGuestMessage(data)) return;
        if (data.type === "ready") resolve();
        else this.deliver(data);
      };
      // A guest that cannot load fails the run at once, rather than leaving it waiting forever.
      guestSource.catch(reject);
      let booted = false;
      const onMessage = async (event: MessageEvent) => {
        // Only our own frame speaks to us; everything else on the page is ignored.
        if (event.source !== this.frame.contentWindow) return;
        const data: unknown = event.data;
        if (typeof data === "object" && data && (data as { type?: string }).type === "frame-ready" && !booted) {
          booted = true;
          const source = await guestSource.catch(() => undefined);
          if (source === undefined) return;
          this.frame.contentWindow?.postMessage({ type: "boot", source }, "*", [channel.port2]);
        } else if (isGuestMessage(data) && data.type === "error") {
          this.deliver(data); // the frame reports a worker that failed to start
        }
      };
      window.addEventListener("message", onMessage);
      this.unsubscribe = () => window.removeEventListener("message", onMessage);
    });
    this.ready.catch(() => this.dispose());
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

  /** Runs compiled code; `onMessage` hears every guest message; resolves when the run ends. */
  async run(message: RunMessage, onMessage: (message: GuestMessage) => void): Promise<RunEnd> {
    await this.ready;
    this.listener = onMessage;
    const ended = new Promise<RunEnd>((resolve) => (this.finish = resolve));
    // The time limit is enforced here, outside the worker: a spinning loop cannot delay it.
    this.limitTimer = setTimeout(() => this.end({ reason: "time-limit", limit: message.timeLimit }), message.timeLimit);
    this.post(message);
    return ended;
  }

  /** Ends the run now: the worker and its frame are destroyed, whatever the code is doing. */
  stop(): void {
    this.end({ reason: "stopped" });
  }

  private deliver(message: GuestMessage): void {
    this.listener?.(message);
    this.markStarted();
    if (message.type === "done") this.end({ reason: "done", time: message.time, realTime: message.realTime });
    else if (message.type === "error" && message.kind === "timeout") this.end({ reason: "time-limit", limit: 0 });
  }

  private end(end: RunEnd): void {
    clearTimeout(this.limitTimer);
    this.dispose();
    this.markStarted();
    this.finish?.(end);
    this.finish = undefined;
  }

  /** Removing the frame terminates its worker and every worker that one started. */
  dispose(): void {
    this.unsubscribe();
    this.port.onmessage = null;
    this.port.close();
    this.listener = undefined;
    this.frame.remove();
  }

  private post(message: RunMessage): void {
    this.port.postMessage(message);
  }
}
