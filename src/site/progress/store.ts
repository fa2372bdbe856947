import { pageStorage as localStorageArea, storedJson, type StorageArea } from "../../lib/storage";
import { editionKey, pageLocale } from "../../lib/i18n";

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

/** The localStorage key of the English edition; the value is JSON of `Progress`. Each other edition keeps its own (editionKey). */
export const progressKey = "interleave:progress";

/** The part of Storage this module needs (so tests can pass a Map-backed fake). */
export type ProgressStorage = StorageArea;

const empty = (): Progress => ({ lessons: {} });

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);
const isTime = (value: unknown): value is number => typeof value === "number" && Number.isFinite(value);

/** Whether `href` is a path on this site: "Continue" must never follow a stored `javascript:` or foreign URL. */
export function isSitePath(href: string): boolean {
  if (!href.startsWith("/") || href.startsWith("//") || href.includes("\\")) return false;
  try {
    const probe = "https://site.invalid";
    return new URL(href, probe).origin === probe;
  } catch {
    return false;
  }
}

function toLessonProgress(value: unknown): LessonProgress | undefined {
  if (!isObject(value) || !isTime(value.visited)) return undefined;
  if (value.completed !== undefined && !isTime(value.completed)) return undefined;
  return value.completed === undefined ? { visited: value.visited } : { visited: value.visited, completed: value.completed };
}

function toPlace(value: unknown): Place | undefined {
  if (!isObject(value)) return undefined;
  const { lesson, title, href, label, at } = value;
  if (typeof lesson !== "string" || typeof title !== "string" || typeof label !== "string" || !isTime(at)) return undefined;
  return typeof href === "string" && isSitePath(href) ? { lesson, title, href, label, at } : undefined;
}

/** Progress as this module writes it; entries it could not have written are dropped. */
function toProgress(value: unknown): Progress | undefined {
  if (!isObject(value) || !isObject(value.lessons)) return undefined;
  const lessons: Record<string, LessonProgress> = {};
  for (const [lesson, entry] of Object.entries(value.lessons)) {
    const checked = toLessonProgress(entry);
    if (checked) lessons[lesson] = checked;
  }
  const last = toPlace(value.last);
  return last ? { lessons, last } : { lessons };
}

const progressIn = (storage: ProgressStorage | undefined) => storedJson(editionKey(progressKey, pageLocale()), toProgress, () => storage);

/** Reads progress; anything unreadable (storage off, bad JSON, old shape, a foreign link) counts as none. */
export function readProgress(storage: ProgressStorage | undefined): Progress {
  return progressIn(storage).read() ?? empty();
}

function update(storage: ProgressStorage | undefined, change: (progress: Progress) => void): Progress {
  const progress = readProgress(storage);
  change(progress);
  // Storage full or off: progress lasts as long as the page does.
  progressIn(storage).write(progress);
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
export const pageStorage = localStorageArea;
