/** A reader's edits, one entry per example, in the page's own storage (never the sandbox's). */
const keyFor = (id: string) => `interleave:code:${id}`;

/** The reader's edited code for an example, if any survives from an earlier visit. */
export function loadEdit(id: string): string | undefined {
  try {
    return localStorage.getItem(keyFor(id)) ?? undefined;
  } catch {
    return undefined; // storage disabled: edits just don't persist
  }
}

/** Remembers an edit; code identical to the lesson's forgets it instead. */
export function saveEdit(id: string, code: string, original: string): void {
  try {
    if (code === original) localStorage.removeItem(keyFor(id));
    else localStorage.setItem(keyFor(id), code);
  } catch {
    // Quota or privacy mode: the edit lives until the page closes.
  }
}

export function clearEdit(id: string): void {
  try {
    localStorage.removeItem(keyFor(id));
  } catch {
    // nothing stored, nothing to clear
  }
}
