/**
 * A lesson split in two: which of its examples and sections now live in the new lesson.
 * Old ids and section numbers are history (what readers' storage and links still name); the
 * new ones are checked against the lessons by `async-await-split.test.ts`.
 */
export interface MovedSection {
  /** The old article's section number (`#slide-N`; deck slide N + 1). */
  old: number;
  /** The section's heading id in the old lesson (and the new one, unless `newAnchor` says otherwise). */
  anchor: string;
  /** Its heading id in the new lesson, when the heading changed there ("Try it" became the practice). */
  newAnchor?: string;
  /** Which lesson the section lives in now, and its section number there. */
  lesson: string;
  section: number;
}

export interface LessonSplit {
  /** Names the migration in storage, so it runs once. */
  name: string;
  /** The lesson that was split; it keeps its slug. */
  from: string;
  /** The new lesson, for progress ("visited"/"completed" carry over). */
  to: string;
  /** The new lesson's title, for a "Continue" link that now points into it. */
  toTitle: string;
  /** Old example number → new example id ("lesson/N"), for every example of the old lesson. */
  examples: Record<number, string>;
  /** Every old section whose place changed: those that left the old lesson, and those renumbered in it. */
  sections: MovedSection[];
}
