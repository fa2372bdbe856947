/**
 * Work redone once per animation frame (a drawing of a run as it streams) that stays cheap however
 * big the run gets: after a frame whose work took longer than half a frame, the next waits until
 * the work has had at most a quarter of the time since, so the page keeps most frames to paint.
 */

/** What pacing needs from the page; tests pass a fake one. */
export interface FrameClock {
  now(): number;
  nextFrame(callback: () => void): void;
  after(ms: number, callback: () => void): void;
}

const pageClock: FrameClock = {
  now: () => performance.now(),
  nextFrame: (callback) => void requestAnimationFrame(() => callback()),
  after: (ms, callback) => void setTimeout(callback, ms),
};

/** Work this cheap (ms) runs every frame, as if unpaced. */
const CHEAP_MS = 8;
/** Most of the main thread the work may take once it is not cheap. */
const SHARE = 0.25;
/** Longest wait (ms): a one-off slow run (the first drawing, loading fonts) must not hold the next back for seconds. */
const MAX_WAIT_MS = 300;

/** Returns `schedule`: asks for `work` to run in a coming frame; asks made before it runs are one. */
export function pacedFrames(work: () => void, clock: FrameClock = pageClock): () => void {
  let asked = false;
  let notBefore = 0;
  const run = () => {
    asked = false;
    const started = clock.now();
    work();
    const took = clock.now() - started;
    notBefore = took > CHEAP_MS ? clock.now() + Math.min(took * (1 / SHARE - 1), MAX_WAIT_MS) : 0;
  };
  return () => {
    if (asked) return;
    asked = true;
    const wait = notBefore - clock.now();
    if (wait > 0) clock.after(wait, () => clock.nextFrame(run));
    else clock.nextFrame(run);
  };
}
