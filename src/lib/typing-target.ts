/** True when a key press belongs to something the reader is typing in or operating (a field, an editor, a form that owns its keys). */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  return Boolean(target.closest("input, textarea, select, [contenteditable]:not([contenteditable='false']), .monaco-editor, [data-keys-own]"));
}
