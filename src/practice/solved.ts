/** Which exercises a reader has solved, in the page's own storage: marks that survive reload and work offline. */
import { storedJson, type StorageArea, pageStorage } from "../lib/storage";

/** The localStorage key; the value is JSON: exercise id ("lesson/exercise") → when first solved (epoch ms). */
export const solvedKey = "interleave:solved";

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/** Only entries this module could have written: an id of the right shape and a finite time. */
function toSolved(value: unknown): Record<string, number> | undefined {
  if (!isRecord(value)) return undefined;
  const solved: Record<string, number> = {};
  for (const [id, at] of Object.entries(value)) if (/^[\w-]+\/[\w-]+$/.test(id) && typeof at === "number" && Number.isFinite(at)) solved[id] = at;
  return solved;
}

const solvedIn = (area: () => StorageArea | undefined) => storedJson(solvedKey, toSolved, area);

/** Every solved exercise (none when storage is off or unreadable). */
export function readSolved(area: () => StorageArea | undefined = pageStorage): Record<string, number> {
  return solvedIn(area).read() ?? {};
}

export function isSolved(id: string, area: () => StorageArea | undefined = pageStorage): boolean {
  return id in readSolved(area);
}

/** Marks an exercise solved (keeps the first time). */
export function markSolved(id: string, area: () => StorageArea | undefined = pageStorage, now = Date.now()): void {
  const solved = readSolved(area);
  solved[id] ??= now;
  solvedIn(area).write(solved);
}

/** How many of a lesson's exercises are solved. */
export function solvedCount(lesson: string, area: () => StorageArea | undefined = pageStorage): number {
  return Object.keys(readSolved(area)).filter((id) => id.startsWith(`${lesson}/`)).length;
}
