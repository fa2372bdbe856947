import { pageStorage } from "../../lib/storage";
import { asyncAwaitSplit } from "./async-await-split";
import { examplesInserted } from "./examples-inserted";
import { migrateSplit, redirectFor } from "./migrate";

const splits = [asyncAwaitSplit, ...examplesInserted];

/** Whether this page shows the fragment: an element with that id, or a deck slide with that number. */
function pageHas(fragment: string): boolean {
  const slide = /^(\d+)/.exec(fragment)?.[1];
  if (slide === undefined) {
    try {
      return document.getElementById(decodeURIComponent(fragment)) !== null;
    } catch {
      return false; // a malformed escape names nothing here, nor anywhere else
    }
  }
  return Number(slide) <= document.querySelectorAll("[data-canvas] > .slide").length;
}

/**
 * Keeps readers' data and links working across lessons that moved: migrates stored edits and
 * progress once, and sends an old link to a moved section on to its new lesson. True when the
 * page is being replaced (the caller should do nothing more).
 */
export function followMovedLessons(): boolean {
  for (const split of splits) {
    migrateSplit(pageStorage(), split);
    const to = redirectFor(location.pathname + location.hash, split, pageHas);
    if (to) {
      location.replace(to);
      return true;
    }
  }
  return false;
}
