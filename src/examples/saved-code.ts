import { storedText } from "../lib/storage";

/** A reader's edits, one entry per example, in the page's own storage (never the sandbox's). */
const editOf = (id: string) => storedText(`interleave:code:${id}`);

/** The reader's edited code for an example, if any survives from an earlier visit. */
export function loadEdit(id: string): string | undefined {
  return editOf(id).read();
}

/** Remembers an edit; code identical to the lesson's forgets it instead. */
export function saveEdit(id: string, code: string, original: string): void {
  if (code === original) editOf(id).remove();
  else editOf(id).write(code);
}

export function clearEdit(id: string): void {
  editOf(id).remove();
}
