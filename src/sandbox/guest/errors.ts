import { formatTop } from "../../code/format-value.ts";
import { clip } from "../protocol/clip.ts";
import { MAX_ERROR_MESSAGE, MAX_ERROR_STACK, MAX_NAME_LENGTH } from "../protocol/limits.ts";
import type { ErrorInfo } from "../protocol/messages.ts";

const UNREADABLE: ErrorInfo = { name: "", message: "(an unreadable value was thrown)", stack: "" };

/** Anything thrown, as plain data within the protocol's limits; reading a hostile object must not throw here. */
export function toErrorInfo(value: unknown): ErrorInfo {
  try {
    if (value instanceof Error || Object.prototype.toString.call(value) === "[object Error]") {
      const error = value as Error;
      const name = String(error.name);
      const message = String(error.message);
      return { name: clip(name, MAX_NAME_LENGTH), message: clip(message, MAX_ERROR_MESSAGE), stack: clipStack(String(error.stack ?? ""), name, message) };
    }
    return { name: "", message: clip(formatTop(value), MAX_ERROR_MESSAGE), stack: "" };
  } catch {
    return UNREADABLE;
  }
}

/**
 * A stack within the limit that still holds its frames: V8's starts with "name: message", however
 * long the message, so that head is cut (by its length: building it again would copy it).
 */
function clipStack(stack: string, name: string, message: string): string {
  const headLength = message ? name.length + 2 + message.length : name.length;
  const longHead = stack.length > MAX_ERROR_STACK && headLength > MAX_NAME_LENGTH && stack.startsWith(`${name}: ${message.slice(0, MAX_NAME_LENGTH)}`);
  return clip(longHead ? clip(stack.slice(0, headLength), MAX_NAME_LENGTH) + stack.slice(headLength) : stack, MAX_ERROR_STACK);
}
