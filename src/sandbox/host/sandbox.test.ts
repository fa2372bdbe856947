import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { RunMessage } from "../protocol/messages.ts";
import { PAGE_BUDGET } from "./budget.ts";
import { BROKE_PROTOCOL, OVER_BUDGET, type RunEnd, Sandbox } from "./sandbox.ts";

/** Just enough page for a Sandbox in Node: an iframe that records what the page posts to it, and a window to hear it. */
function fakePage() {
  const page = new EventTarget();
  const posted: { message: unknown; ports: MessagePort[] }[] = [];
  const contentWindow = { postMessage: (message: unknown, _origin: string, ports: MessagePort[] = []) => posted.push({ message, ports }) };
  let removed = false;
  const frame = { setAttribute() {}, remove: () => void (removed = true), contentWindow, tabIndex: 0, title: "", className: "", srcdoc: "" };
  Object.assign(globalThis, {
    window: page,
    document: { createElement: () => frame, body: { append() {} } },
  });
  /** The frame says something to the page. */
  const fromFrame = (data: unknown) => page.dispatchEvent(Object.assign(new Event("message"), { source: contentWindow, data }));
  return { posted, fromFrame, wasRemoved: () => removed };
}

const run: RunMessage = { type: "run", code: "", mode: "paced", scale: 1, timeLimit: 10_000 };
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

/** A sandbox booted up to `ready`, with the guest's end of the channel in hand, running `run`. */
async function runningSandbox(limits = PAGE_BUDGET) {
  const page = fakePage();
  const sandbox = new Sandbox(Promise.resolve("guest source"), limits);
  page.fromFrame({ type: "frame-ready" });
  await settle();
  const guest = page.posted[0]!.ports[0]!;
  guest.postMessage({ type: "ready" });
  const heard: string[] = [];
  const ended = sandbox.run(run, (message) => heard.push(message.type));
  await settle();
  return { sandbox, guest, heard, ended, page };
}

let saved: Record<string, unknown>;
beforeEach(() => void (saved = { window: globalThis.window, document: globalThis.document }));
afterEach(() => void Object.assign(globalThis, saved));

describe("the page's side of a sandbox", () => {
  it("boots the frame with the handshake, and refuses a frame that says anything else", async () => {
    const { sandbox, ended, page } = await runningSandbox();
    expect(page.posted[0]!.message).toEqual({ type: "boot", source: "guest source" });
    page.fromFrame({ type: "done", time: 0, realTime: 0 });
    await expect(ended).resolves.toEqual({ reason: "refused", why: expect.stringContaining(BROKE_PROTOCOL) });
    sandbox.dispose();
  });

  it("stops a guest that posts a line of tens of MB, and tells why (probe: 100 MB crashed the tab)", async () => {
    const { guest, ended, heard, page } = await runningSandbox();
    guest.postMessage({ type: "logs", lines: [{ level: "log", text: "x".repeat(20 * 2 ** 20), time: 0 }] });
    const end: RunEnd = await ended;
    expect(end).toEqual({ reason: "refused", why: expect.stringMatching(/does not accept \(logs: a line is longer than/) });
    expect(heard).toEqual([]);
    expect(page.wasRemoved()).toBe(true);
  });

  it("stops a flood of 2,000-line messages past its budget (probe: the page froze ≥ 45 s, Stop dead)", async () => {
    // A budget of 5 such messages a second stands for the real one (budget.test.ts), so Node's cloning stays quick.
    const { guest, ended, heard } = await runningSandbox({ ...PAGE_BUDGET, lines: 10_000 });
    const lines = Array.from({ length: 2_000 }, (_, i) => ({ level: "log", text: `line ${i}`, time: 0 }));
    for (let i = 0; i < 20; i++) guest.postMessage({ type: "logs", lines });
    await expect(ended).resolves.toEqual({ reason: "refused", why: OVER_BUDGET });
    expect(heard).toHaveLength(5);
  });

  it("unpacks a batch of events, and hears nothing after Stop", async () => {
    const { sandbox, guest, ended, heard } = await runningSandbox();
    guest.postMessage({ type: "events", events: [{ type: "task", id: 1, name: "A", start: 0 }, { type: "span", id: 1, task: "A", kind: "run", start: 0, end: 1 }] });
    await settle();
    sandbox.stop();
    guest.postMessage({ type: "done", time: 1, realTime: 1 });
    await settle();
    expect(heard).toEqual(["task", "span"]);
    await expect(ended).resolves.toEqual({ reason: "stopped" });
  });

  it("refuses a result, which only a worker's parent expects", async () => {
    const { guest, ended } = await runningSandbox();
    guest.postMessage({ type: "result", ok: true, value: "x".repeat(1e6), time: 0 });
    await expect(ended).resolves.toMatchObject({ reason: "refused" });
  });
});
