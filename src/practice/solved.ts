/**
 * Which exercises a reader has solved, in the page's own storage: marks that survive reload and work
 * offline. Kept per edition: English under the key it always had, pt-BR under its own.
 */
import { storedJson, type StorageArea, pageStorage } from "../lib/storage";
import { editionKey, pageLocale, type Locale } from "../lib/i18n";

/** The localStorage key of the English edition; the value is JSON: exercise id ("lesson/exercise") → when first solved (epoch ms). */
export const solvedKey = "interleave:solved";

type Area = () => StorageArea | undefined;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/** Only entries this module could have written: an id of the right shape and a finite time. */
function toSolved(value: unknown): Record<string, number> | undefined {
  if (!isRecord(value)) return undefined;
  const solved: Record<string, number> = {};
  for (const [id, at] of Object.entries(value)) if (/^[\w-]+\/[\w-]+$/.test(id) && typeof at === "number" && Number.isFinite(at)) solved[id] = at;
  return solved;
}

const solvedIn = (area: Area, locale: Locale) => storedJson(editionKey(solvedKey, locale), toSolved, area);

/** Every solved exercise of an edition (the page's by default; none when storage is off or unreadable). */
export function readSolved(area: Area = pageStorage, locale: Locale = pageLocale()): Record<string, number> {
  return solvedIn(area, locale).read() ?? {};
}

export function isSolved(id: string, area: Area = pageStorage, locale: Locale = pageLocale()): boolean {
  return id in readSolved(area, locale);
}

/** Marks an exercise solved (keeps the first time). */
export function markSolved(id: string, area: Area = pageStorage, now = Date.now(), locale: Locale = pageLocale()): void {
  const solved = readSolved(area, locale);
  solved[id] ??= now;
  solvedIn(area, locale).write(solved);
}

/** How many of a lesson's exercises are solved. */
export function solvedCount(lesson: string, area: Area = pageStorage, locale: Locale = pageLocale()): number {
  return Object.keys(readSolved(area, locale)).filter((id) => id.startsWith(`${lesson}/`)).length;
}
