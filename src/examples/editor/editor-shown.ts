/**
 * A gate for work that must not compete with the first editor becoming typeable: Monaco's
 * workers (the 7 MB TypeScript one above all) and the compiler wait until an editor has painted.
 */
let open: () => void = () => {};
const shown = new Promise<void>((resolve) => (open = resolve));

/** Resolves once the page's first editor has been mounted and painted (never before the first Edit). */
export function whenEditorShown(): Promise<void> {
  return shown;
}

/** Marks an editor as mounted; the gate opens after the next frame is painted. */
export function editorShown(): void {
  // rAF runs before the paint; the timeout after it lands once that frame is on screen.
  requestAnimationFrame(() => setTimeout(open, 0));
  // A hidden window (e.g. a mirrored deck) paints no frames: open anyway, a little later.
  setTimeout(open, 1000);
}
