/**
 * The environment's own timing primitives, captured before the runtime patches the globals,
 * so the runtime (and the guest's heartbeat and flood control) keep real time underneath.
 */
export interface HostPrimitives {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  setInterval(callback: () => void, ms: number): unknown;
  clearInterval(handle: unknown): void;
  /** Real milliseconds from a monotonic source. */
  realNow(): number;
  /** Milliseconds of CPU this thread has used, where the environment tells (Node; not browsers). */
  cpuNow?: () => number;
  /** Real epoch milliseconds. */
  dateNow(): number;
  /** Runs `callback` in a new macrotask: after the microtask queue has drained, with no clamping. */
  macrotask(callback: () => void): void;
  Date: DateConstructor;
}

type TimerGlobals = Pick<typeof globalThis, "setTimeout" | "clearTimeout" | "setInterval" | "clearInterval">;
type HostGlobal = TimerGlobals & {
  performance?: { now(): number };
  Date: DateConstructor;
  MessageChannel?: typeof MessageChannel;
  setImmediate?: (callback: () => void) => unknown;
  process?: { threadCpuUsage?: () => { user: number; system: number } };
};

/** Captures the host's primitives from `target` (normally `globalThis`); call it before patching. */
export function captureHost(target: object = globalThis): HostPrimitives {
  const g = target as HostGlobal;
  const setTimeoutFn = g.setTimeout.bind(g);
  const clearTimeoutFn = g.clearTimeout.bind(g);
  const setIntervalFn = g.setInterval.bind(g);
  const clearIntervalFn = g.clearInterval.bind(g);
  const performanceNow = g.performance ? g.performance.now.bind(g.performance) : undefined;
  const RealDate = g.Date;
  const dateNow = RealDate.now.bind(RealDate);
  const realNow = performanceNow ?? dateNow;
  return {
    setTimeout: (callback, ms) => setTimeoutFn(callback, ms),
    clearTimeout: (handle) => clearTimeoutFn(handle as ReturnType<typeof setTimeout>),
    setInterval: (callback, ms) => setIntervalFn(callback, ms),
    clearInterval: (handle) => clearIntervalFn(handle as ReturnType<typeof setInterval>),
    realNow,
    cpuNow: threadCpuClock(g),
    dateNow,
    macrotask: createMacrotask(g, setTimeoutFn),
    Date: RealDate,
  };
}

/** Node's per-thread CPU time in ms: a thread waiting for a busy machine's CPU does not count. */
function threadCpuClock(g: HostGlobal): (() => number) | undefined {
  const usage = g.process?.threadCpuUsage;
  if (typeof usage !== "function") return undefined;
  const read = usage.bind(g.process);
  return () => {
    const { user, system } = read();
    return (user + system) / 1000;
  };
}

/** setImmediate where it exists (Node); else one MessageChannel, one message per callback. */
function createMacrotask(g: HostGlobal, setTimeoutFn: (callback: () => void, ms: number) => unknown) {
  if (typeof g.setImmediate === "function") {
    const setImmediateFn = g.setImmediate.bind(g);
    return (callback: () => void) => void setImmediateFn(callback);
  }
  if (typeof g.MessageChannel === "function") {
    const pending: (() => void)[] = [];
    const channel = new g.MessageChannel();
    channel.port1.onmessage = () => pending.shift()?.();
    return (callback: () => void) => {
      pending.push(callback);
      channel.port2.postMessage(null);
    };
  }
  return (callback: () => void) => void setTimeoutFn(callback, 0);
}
