/**
 * The worker's ways to post, listen and read events, captured when the guest script starts —
 * before any snippet runs — and kept in this module only. A snippet that patches
 * MessagePort.prototype.postMessage, EventTarget, MessageEvent or Worker afterwards sees none of
 * the guest's calls, so it never gets hold of the channel to the page. Browser workers only.
 */
import { uncurry } from "../../code/safe-read.ts";

type Getter<T> = (self: unknown) => T;
const getter = <T>(owner: object, key: string) => uncurry(Reflect.getOwnPropertyDescriptor(owner, key)!.get!) as Getter<T>;

type Listener = (event: Event) => void;
const scope = globalThis as unknown as EventTarget & { postMessage(message: unknown, transfer?: Transferable[]): void };

export const captured = {
  MessageChannel: globalThis.MessageChannel,
  postOnPort: uncurry(MessagePort.prototype.postMessage) as (port: MessagePort, message: unknown) => void,
  startPort: uncurry(MessagePort.prototype.start) as (port: MessagePort) => void,
  closePort: uncurry(MessagePort.prototype.close) as (port: MessagePort) => void,
  /** Posts to the sandbox frame that started this worker (to start and end `runInWorker` children). */
  postToParent: scope.postMessage.bind(scope) as (message: unknown, transfer?: Transferable[]) => void,
  listen: uncurry(EventTarget.prototype.addEventListener) as (target: EventTarget, type: string, listener: Listener) => void,
  preventDefault: uncurry(Event.prototype.preventDefault) as (event: Event) => void,
  data: getter<unknown>(MessageEvent.prototype, "data"),
  ports: getter<readonly MessagePort[]>(MessageEvent.prototype, "ports"),
  errorOf: getter<unknown>(ErrorEvent.prototype, "error"),
  messageOf: getter<string>(ErrorEvent.prototype, "message"),
  reasonOf: getter<unknown>(PromiseRejectionEvent.prototype, "reason"),
  /** The worker's global, to listen on. */
  scope: scope as EventTarget,
};
