import type { Message } from "esbuild-wasm";
import type { Diagnostic } from "./types.ts";
import { SNIPPET_FILE } from "./file-names.ts";

const utf8 = new TextEncoder();
const fromUtf8 = new TextDecoder();

/** How many UTF-16 code units the first `byteCount` UTF-8 bytes of `text` hold. */
function utf16Length(bytes: Uint8Array, byteCount: number): number {
  return fromUtf8.decode(bytes.subarray(0, byteCount)).length;
}

/** One esbuild message as a Diagnostic; esbuild counts columns in UTF-8 bytes, editors in UTF-16 units. */
export function toDiagnostic(message: Message): Diagnostic {
  const { location } = message;
  if (!location) return { message: message.text, line: 1, column: 1 };
  if (location.file !== SNIPPET_FILE) {
    // Only the facade is bundled besides the snippet; an error there is ours, not the reader's.
    return { message: `${location.file}:${location.line}: ${message.text}`, line: 1, column: 1 };
  }
  const lineBytes = utf8.encode(location.lineText);
  const start = utf16Length(lineBytes, location.column);
  const end = utf16Length(lineBytes, location.column + location.length);
  const diagnostic: Diagnostic = { message: message.text, line: location.line, column: start + 1 };
  if (end > start) diagnostic.length = end - start;
  return diagnostic;
}

/** Whether a thrown value is esbuild's build failure, which carries its messages. */
export function isBuildFailure(error: unknown): error is { errors: Message[] } {
  return typeof error === "object" && error !== null && Array.isArray((error as { errors?: unknown }).errors);
}
