/** Where a reader was: enough to offer "Continue where you left off" on the home page. */
export interface Place {
  lesson: string;
  title: string;
  /** Path on this site (base included) with the section or slide fragment, e.g. "/lessons/x/#setup" or "/lessons/x/slides/#7". */
  href: string;
  /** What the fragment points at, in words: a section title or "slide 7". */
  label: string;
  at: number;
}

/** One lesson's progress: when first opened, and when finished (article read to the end, or deck's last slide reached). */
export interface LessonProgress { visited: number; completed?: number }

export interface Progress { lessons: Record<string, LessonProgress>; last?: Place }

/** The localStorage key; the value is JSON of `Progress`. */
export const progressKey = "interleave:progress";

/** The part of Storage this module needs (so tests can pass a Map-backed fake). */
export type ProgressStorage = Pick<Storage, "getItem" | "setItem">;

const empty = (): Progress => ({ lessons: {} });

/** Reads progress; anything unreadable (storage off, bad JSON, old shape) counts as none. */
export function readProgress(storage: ProgressStorage | undefined): Progress {
  try {
    const parsed = JSON.parse(storage?.getItem(progressKey) ?? "null") as Progress | null;
    return parsed && typeof parsed.lessons === "object" && parsed.lessons ? parsed : empty();
  } catch {
    return empty();
  }
}

function update(storage: ProgressStorage | undefined, change: (progress: Progress) => void): Progress {
  const progress = readProgress(storage);
  change(progress);
  try {
    storage?.setItem(progressKey, JSON.stringify(progress));
  } catch {
    // Storage full or off: progress lasts as long as the page does.
  }
  return progress;
}

/** Records that a lesson was opened (keeps the first time). */
export function markVisited(storage: ProgressStorage | undefined, lesson: string, now = Date.now()): Progress {
  return update(storage, (progress) => {
    progress.lessons[lesson] ??= { visited: now };
  });
}

/** Records that a lesson was finished (keeps the first time). */
export function markCompleted(storage: ProgressStorage | undefined, lesson: string, now = Date.now()): Progress {
  return update(storage, (progress) => {
    const entry = (progress.lessons[lesson] ??= { visited: now });
    entry.completed ??= now;
  });
}

/** Records where the reader is now, for "Continue where you left off". */
export function rememberPlace(storage: ProgressStorage | undefined, place: Omit<Place, "at">, now = Date.now()): Progress {
  return update(storage, (progress) => {
    progress.last = { ...place, at: now };
  });
}

/** "completed", "visited" or undefined, for a lesson's marker on the home page. */
export function lessonState(progress: Progress, lesson: string): "completed" | "visited" | undefined {
  const entry = progress.lessons[lesson];
  if (!entry) return undefined;
  return entry.completed ? "completed" : "visited";
}

/** The page's localStorage, or undefined where reading it throws (privacy modes, sandboxed frames). */
export function pageStorage(): Storage | undefined {
  try {
    return localStorage;
  } catch {
    return undefined;
  }
}
