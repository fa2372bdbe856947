/**
 * Which edition each built file belongs to, so each edition's service worker precaches its own pages
 * and leaves the other edition's for when a reader visits it (issue 14: the budget holds per edition).
 */
import { readdir, readFile } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import { defaultLocale, localePrefix, locales, toLocale, type Locale } from "../lib/i18n/locales";
import { searchDirectory } from "../lib/site-files";
import { snippetDirectory } from "./snippet-assets";

/** The editions this build holds: English, and each other whose home page was written. */
export async function builtEditions(directory: string): Promise<Locale[]> {
  const present = await Promise.all(
    locales.map(async (locale) => locale === defaultLocale || (await readdir(join(directory, localePrefix(locale))).then((names) => names.includes("index.html"), () => false))),
  );
  return locales.filter((_, index) => present[index]);
}

/** Every file under `directory`, as site-relative paths with forward slashes. */
async function siteFiles(directory: string): Promise<string[]> {
  const entries = await readdir(directory, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => relative(directory, join(entry.parentPath, entry.name)).split(sep).join("/"));
}

/** The edition a site-relative path's own folder says ("pt-br/…"), English for any other page. */
function editionOfPage(path: string): Locale {
  return locales.find((locale) => locale !== defaultLocale && path.startsWith(localePrefix(locale))) ?? defaultLocale;
}

// Pagefind names each language's files after it: "pagefind.en_7d83….pf_meta", "index/pt-br_16cb….pf_index", "wasm.en.pagefind".
const searchLanguage = new RegExp(`^${searchDirectory}/(?:.*/)?(?:pagefind\\.)?([a-z]{2}(?:-[a-z]+)?)_[0-9a-f]+\\.pf_|^${searchDirectory}/wasm\\.([a-z]{2}(?:-[a-z]+)?)\\.pagefind$`);
const snippet = new RegExp(`^${snippetDirectory}/([\\w-]+)\\.js(?:\\.map)?$`);
const snippetReference = new RegExp(`${snippetDirectory}/([\\w-]+)\\.js`, "g");

/**
 * The owner of every built file that belongs to one edition only: its pages, its search index, and the
 * compiled examples only its pages name. A file missing from the map is shared (scripts, styles, wasm…).
 */
export async function editionOwners(directory: string): Promise<Map<string, Locale>> {
  const files = await siteFiles(directory);
  const owners = new Map<string, Locale>();
  const namedBy = new Map<string, Set<Locale>>();
  for (const path of files.filter((file) => file.endsWith(".html"))) {
    const edition = editionOfPage(path);
    owners.set(path, edition);
    for (const [, hash] of (await readFile(join(directory, path), "utf8")).matchAll(snippetReference)) {
      namedBy.set(hash!, (namedBy.get(hash!) ?? new Set()).add(edition));
    }
  }
  for (const path of files) {
    if (owners.has(path)) continue;
    const language = searchLanguage.exec(path);
    const editions = namedBy.get(snippet.exec(path)?.[1] ?? "");
    if (editionOfPage(path) !== defaultLocale) owners.set(path, editionOfPage(path));
    else if (language) owners.set(path, toLocale(language[1] ?? language[2]));
    else if (editions?.size === 1) owners.set(path, [...editions][0]!);
  }
  return owners;
}

/** A site-relative path as seen from an edition's folder: "pt-br/x.html" → "x.html", "_astro/a.js" → "../_astro/a.js". */
export function fromEditionFolder(path: string, locale: Locale): string {
  const prefix = localePrefix(locale);
  if (!prefix) return path;
  return path.startsWith(prefix) ? path.slice(prefix.length) : "../".repeat(prefix.split("/").length - 1) + path;
}
