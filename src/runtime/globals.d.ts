/**
 * The globals a snippet may rely on: those present both in the sandbox's worker and under
 * Node's virtual time. The snippet type check loads this file and no DOM or Node types, so
 * anything else (document, fetch, process…) is a type error there.
 *
 * Each declaration steps aside when lib.dom is in the program (its `onmessage` gives it away),
 * the pattern @types/node uses, so the rest of the project and Monaco keep DOM's own types.
 */
export {};

type DomLoaded = typeof globalThis extends { onmessage: any } ? true : false;
type UnlessDom<T> = DomLoaded extends true ? {} : T;

interface SnippetConsole {
  log(...data: any[]): void;
  info(...data: any[]): void;
  warn(...data: any[]): void;
  error(...data: any[]): void;
  debug(...data: any[]): void;
  table(tabularData?: any, properties?: string[]): void;
}

interface SnippetPerformance {
  /** Milliseconds since the run started, on the run's clock. */
  now(): number;
}

interface SnippetEvent {
  readonly type: string;
}

interface SnippetEventListenerOptions {
  once?: boolean;
  signal?: AbortSignal;
}

interface SnippetEventTarget {
  addEventListener(type: string, listener: ((event: Event) => void) | null, options?: boolean | SnippetEventListenerOptions): void;
  removeEventListener(type: string, listener: ((event: Event) => void) | null, options?: boolean): void;
  dispatchEvent(event: Event): boolean;
}

interface SnippetAbortController {
  readonly signal: AbortSignal;
  abort(reason?: any): void;
}

interface SnippetAbortSignal extends SnippetEventTarget {
  readonly aborted: boolean;
  readonly reason: any;
  onabort: ((this: AbortSignal, event: Event) => any) | null;
  throwIfAborted(): void;
}

interface SnippetMessageEvent<T> extends SnippetEvent {
  readonly data: T;
}

interface SnippetMessagePort extends SnippetEventTarget {
  onmessage: ((this: MessagePort, event: MessageEvent) => any) | null;
  postMessage(message: any): void;
  start(): void;
  close(): void;
}

interface SnippetMessageChannel {
  readonly port1: MessagePort;
  readonly port2: MessagePort;
}

declare global {
  interface Console extends UnlessDom<SnippetConsole> {}
  var console: Console;

  // Identical to lib.dom's signatures, so the overloads merge without changing anyone's types.
  function setTimeout(handler: string | Function, timeout?: number, ...arguments: any[]): number;
  function clearTimeout(id: number | undefined): void;
  function setInterval(handler: string | Function, timeout?: number, ...arguments: any[]): number;
  function clearInterval(id: number | undefined): void;
  function queueMicrotask(callback: () => void): void;
  function structuredClone<T = any>(value: T, options?: { transfer?: any[] }): T;

  interface Performance extends UnlessDom<SnippetPerformance> {}
  var performance: Performance;

  interface Event extends UnlessDom<SnippetEvent> {}
  var Event: typeof globalThis extends { onmessage: any; Event: infer T } ? T : { prototype: Event; new (type: string): Event };

  interface EventTarget extends UnlessDom<SnippetEventTarget> {}
  var EventTarget: typeof globalThis extends { onmessage: any; EventTarget: infer T } ? T : { prototype: EventTarget; new (): EventTarget };

  interface AbortController extends UnlessDom<SnippetAbortController> {}
  var AbortController: typeof globalThis extends { onmessage: any; AbortController: infer T } ? T
    : { prototype: AbortController; new (): AbortController };

  interface AbortSignal extends UnlessDom<SnippetAbortSignal> {}
  var AbortSignal: typeof globalThis extends { onmessage: any; AbortSignal: infer T } ? T
    : {
        prototype: AbortSignal;
        new (): AbortSignal;
        abort(reason?: any): AbortSignal;
        any(signals: AbortSignal[]): AbortSignal;
        timeout(milliseconds: number): AbortSignal;
      };

  interface MessageEvent<T = any> extends UnlessDom<SnippetMessageEvent<T>> {}
  interface MessagePort extends UnlessDom<SnippetMessagePort> {}
  interface MessageChannel extends UnlessDom<SnippetMessageChannel> {}
  var MessageChannel: typeof globalThis extends { onmessage: any; MessageChannel: infer T } ? T
    : { prototype: MessageChannel; new (): MessageChannel };
}
