import { storedText } from "../lib/storage";
import { editionKey, pageLocale } from "../lib/i18n";

/** A reader's edits, one entry per example and edition, in the page's own storage (never the sandbox's). */
const editOf = (id: string) => storedText(editionKey(`interleave:code:${id}`, pageLocale()));

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

/** The reader's own version, set aside while a shared link's code is shown: both are kept. */
const keptOf = (id: string) => storedText(editionKey(`interleave:code-kept:${id}`, pageLocale()));

export function loadKept(id: string): string | undefined {
  return keptOf(id).read();
}

export function keepVersion(id: string, code: string): void {
  keptOf(id).write(code);
}

/**
 * Opens a shared link's code for an example without losing the reader's own edit: a different
 * saved edit is set aside (kept), and the shared code becomes the one shown. True when a version
 * other than the shared one is kept (now or by an earlier visit through the same link).
 */
export function openShared(id: string, shared: string, original: string): boolean {
  const own = loadEdit(id);
  if (own !== undefined && own !== shared) keepVersion(id, own);
  saveEdit(id, shared, original);
  const kept = loadKept(id);
  return kept !== undefined && kept !== shared;
}
