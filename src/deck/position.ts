/** Where a talk is: which slide, and how many of its steps are revealed. */
export interface Position {
  /** 0-based slide index. */
  index: number;
  /** Steps revealed on that slide: 0 … its step count. */
  step: number;
}

/** Step count of slide `index` (0 when it has none). */
export type StepCount = (index: number) => number;

/** Keeps a position inside the deck: a real slide, and no more steps than it has. */
export function clampPosition({ index, step }: Position, total: number, steps: StepCount): Position {
  const slide = Math.min(Math.max(0, Math.trunc(index) || 0), Math.max(0, total - 1));
  return { index: slide, step: Math.min(Math.max(0, Math.trunc(step) || 0), steps(slide)) };
}

/** One press forward: reveal the next step, or move to the next slide with none revealed. */
export function advance(at: Position, total: number, steps: StepCount): Position {
  if (at.step < steps(at.index)) return { index: at.index, step: at.step + 1 };
  if (at.index >= total - 1) return at;
  return { index: at.index + 1, step: 0 };
}

/** One press back: hide the last step, or return to the previous slide as it was left (all revealed). */
export function retreat(at: Position, _total: number, steps: StepCount): Position {
  if (at.step > 0) return { index: at.index, step: at.step - 1 };
  if (at.index <= 0) return at;
  return { index: at.index - 1, step: steps(at.index - 1) };
}

export function samePosition(a: Position, b: Position): boolean {
  return a.index === b.index && a.step === b.step;
}
