import { pageStorage } from "../../lib/storage";
import { asyncAwaitSplit } from "./async-await-split";
import { migrateSplit, movedHref } from "./migrate";

const splits = [asyncAwaitSplit];

/**
 * Keeps readers' data and links working across lessons that moved: migrates stored edits and
 * progress once, and sends an old link to a moved section on to its new lesson. True when the
 * page is being replaced (the caller should do nothing more).
 */
export function followMovedLessons(): boolean {
  for (const split of splits) {
    migrateSplit(pageStorage(), split);
    const to = movedHref(location.pathname + location.hash, split);
    if (to) {
      location.replace(to);
      return true;
    }
  }
  return false;
}
