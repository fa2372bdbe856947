/**
 * Translation status: a translated lesson records the hash of the English file it was made from
 * (`source:` in its frontmatter); when the English file's hash differs, the translation is older.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { shortHash } from "../code/content-hash";

/** The hash a translation records: of the whole English file (frontmatter included, line endings normalised). */
export function sourceHash(englishText: string): Promise<string> {
  return shortHash(englishText.replace(/\r\n/g, "\n"));
}

/** "content/lessons-pt-br/02-generators.mdx" → "content/lessons/02-generators.mdx". */
export function englishPathOf(translationPath: string): string {
  return translationPath.replace(/lessons-[a-z]{2}(-[a-z]{2})?([\\/])(?=[^\\/]+$)/, "lessons$2");
}

/** True when the English lesson changed after the translation at `translationPath` (relative to `root`) was made. */
export async function isTranslationOutdated(translationPath: string, source: string, root: string = process.cwd()): Promise<boolean> {
  const english = await readFile(join(root, englishPathOf(translationPath)), "utf8");
  return (await sourceHash(english)) !== source;
}
