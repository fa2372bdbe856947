import { formatTop } from "../../code/format-value.ts";
import type { ErrorInfo } from "../protocol/messages.ts";

/** Anything thrown, as plain data; reading a hostile object must not throw here. */
export function toErrorInfo(value: unknown): ErrorInfo {
  try {
    if (value instanceof Error || Object.prototype.toString.call(value) === "[object Error]") {
      const error = value as Error;
      return { name: String(error.name), message: String(error.message), stack: String(error.stack ?? "") };
    }
    return { name: "", message: formatTop(value), stack: "" };
  } catch {
    return { name: "", message: "(an unreadable value was thrown)", stack: "" };
  }
}
