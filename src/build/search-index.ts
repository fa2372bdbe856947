import { readdir, readFile, rm } from "node:fs/promises";
import { join } from "node:path";
import { close, createIndex } from "pagefind";
import { searchDirectory } from "../lib/site-files";

/** Pagefind's ready-made UIs and highlighter: src/site/search/dialog.ts is ours, so these would be dead weight on the host. */
const unusedBundleFiles = /^pagefind-(component-ui|modular-ui|ui|highlight)\.(js|css)$/;

/** Controls, not content: their labels ("Run Edit Reset…") would only clutter excerpts. */
const excludeSelectors = ["[role=toolbar]", "button", ".heading-anchor", "[data-output]"];

/**
 * Indexes the built site with Pagefind (only elements marked `data-pagefind-body`: the lesson
 * articles) and writes the bundle into `<directory>/pagefind/`. Runs inside the build so the
 * service worker, written next, can precache the index. One index per edition, from each page's
 * `<html lang>`: a pt-BR page searches the Portuguese lessons (with Portuguese stemming), and only them.
 */
export async function writeSearchIndex(directory: string): Promise<number> {
  try {
    const { index, errors } = await createIndex({ excludeSelectors });
    if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
    const added = await index.addDirectory({ path: directory });
    if (added.errors.length) throw new Error(`Pagefind could not index the site: ${added.errors.join("; ")}`);
    const outputPath = join(directory, searchDirectory);
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length) throw new Error(`Pagefind could not write its bundle: ${written.errors.join("; ")}`);
    for (const name of await readdir(outputPath)) if (unusedBundleFiles.test(name)) await rm(join(outputPath, name));
    // Pages with a data-pagefind-body, as the entry file counts them (page_count above counts every HTML file seen).
    const entry = JSON.parse(await readFile(join(outputPath, "pagefind-entry.json"), "utf8")) as { languages: Record<string, { page_count: number }> };
    return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
  } finally {
    await close();
  }
}
