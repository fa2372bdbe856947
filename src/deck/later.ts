/**
 * Runs `work` once after the next frame is painted, however often it is asked in between: for
 * what can trail a slide change by a few ms (URL, next-slide preview, notes) so the slide itself
 * shows within the frame.
 */
export function afterPaint(work: () => void): () => void {
  let pending = false;
  return () => {
    if (pending) return;
    pending = true;
    const run = () => {
      pending = false;
      work();
    };
    // A hidden window paints no frames: do it soon instead.
    if (document.visibilityState === "hidden") setTimeout(run, 0);
    else requestAnimationFrame(() => setTimeout(run, 0));
  };
}
