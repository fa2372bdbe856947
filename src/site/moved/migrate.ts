import { progressKey } from "../progress/store";
import type { StorageArea } from "../../lib/storage";
import type { LessonSplit } from "./split-lesson";

/** The stored values that belong to one example: the reader's edit and the version set aside for a shared link. */
const exampleKeys = (id: string) => [`interleave:code:${id}`, `interleave:code-kept:${id}`];

/** Where a moved migration records that it ran. */
export const migrationKey = (split: LessonSplit) => `interleave:migrated:${split.name}`;

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === "object" && value !== null && !Array.isArray(value);

/** A link into the split lesson: the path up to "/lessons/", whether it is the deck, and its fragment. */
function parseHref(href: string, split: LessonSplit) {
  const match = new RegExp(`^(.*/lessons/)${split.from}/(slides/)?#(.+)$`).exec(href);
  return match ? { root: match[1]!, deck: match[2] !== undefined, fragment: match[3]! } : undefined;
}

/**
 * Where an old link ("/base/lessons/from/#anchor", "…/#slide-N", "…/slides/#N") points now, if its
 * section moved: to the new lesson, or to its new number in the same one. Undefined when unchanged.
 */
export function movedHref(href: string, split: LessonSplit): string | undefined {
  const link = parseHref(href, split);
  if (!link) return undefined;
  const { root, deck, fragment } = link;
  if (deck) {
    const deckSlide = Number(/^(\d+)/.exec(fragment)?.[1]);
    const moved = split.sections.find((section) => section.old + 1 === deckSlide);
    return moved && `${root}${moved.lesson}/slides/#${moved.section + 1}`;
  }
  const moved = split.sections.find((section) => section.anchor === fragment || `slide-${section.old}` === fragment);
  if (!moved || (moved.lesson === split.from && !fragment.startsWith("slide-"))) return undefined;
  return `${root}${moved.lesson}/#${fragment.startsWith("slide-") ? `slide-${moved.section}` : moved.newAnchor ?? moved.anchor}`;
}

/**
 * Where to send a reader who opened `href` on the split lesson's page today: only a fragment the
 * page lacks can be an old one (a new "#12" or "#slide-12" means the new twelfth slide), and
 * only a move to the other lesson needs a new page.
 */
export function redirectFor(href: string, split: LessonSplit, pageHas: (fragment: string) => boolean): string | undefined {
  const link = parseHref(href, split);
  if (!link || pageHas(link.fragment)) return undefined;
  const to = movedHref(href, split);
  return to && !to.includes(`/lessons/${split.from}/`) ? to : undefined;
}

/** Progress of the old lesson carries over to the new one; a last place in a moved section follows it. */
function migrateProgress(area: StorageArea, split: LessonSplit): void {
  const text = area.getItem(progressKey);
  if (!text) return;
  let progress: unknown;
  try {
    progress = JSON.parse(text);
  } catch {
    return;
  }
  if (!isObject(progress) || !isObject(progress.lessons)) return;
  const old = progress.lessons[split.from];
  if (isObject(old) && !(split.to in progress.lessons)) progress.lessons[split.to] = { ...old };
  const last = progress.last;
  if (isObject(last) && last.lesson === split.from && typeof last.href === "string") {
    const href = movedHref(last.href, split);
    const left = href?.includes(`/lessons/${split.to}/`);
    if (href) progress.last = left ? { ...last, lesson: split.to, title: split.toTitle, href } : { ...last, href };
  }
  area.setItem(progressKey, JSON.stringify(progress));
}

/**
 * Moves a split lesson's stored data to where its examples and sections now live: saved edits,
 * kept versions and progress. Runs once per storage (it records that it ran), so a second call,
 * or a reload, changes nothing; storage that throws is left alone.
 */
export function migrateSplit(area: StorageArea | undefined, split: LessonSplit): boolean {
  if (!area) return false;
  try {
    const done = migrationKey(split);
    if (area.getItem(done) !== null) return false;
    area.setItem(done, "1");
    // Storage that forgets what we wrote would run this again on every load: do nothing instead.
    if (area.getItem(done) === null) return false;
    // Read every old value before writing any: an example may move to a number another one had.
    const moves = Object.entries(split.examples).flatMap(([old, id]) =>
      exampleKeys(`${split.from}/${old}`).map((from, i) => ({ from, to: exampleKeys(id)[i]!, value: area.getItem(from) })),
    );
    for (const { from, to, value } of moves) if (value !== null && from !== to) area.removeItem?.(from);
    for (const { from, to, value } of moves) if (value !== null && from !== to) area.setItem(to, value);
    migrateProgress(area, split);
    return true;
  } catch {
    return false;
  }
}
