/** The site's editions: English at the root, each other language under its own path. */
export const locales = ["en", "pt-BR"] as const;
export type Locale = (typeof locales)[number];

export const defaultLocale: Locale = "en";

/** The path segment of an edition: "" for English, "pt-br/" for Portuguese. */
export function localePrefix(locale: Locale): string {
  return locale === defaultLocale ? "" : `${locale.toLowerCase()}/`;
}

/** "pt-BR", "pt-br", "pt" → "pt-BR"; anything unknown is English. */
export function toLocale(tag: string | null | undefined): Locale {
  const lower = (tag ?? "").toLowerCase();
  return lower === "pt-br" || lower === "pt" ? "pt-BR" : "en";
}

/** The edition of a site-relative path ("pt-br/lessons/x/" → "pt-BR"). */
export function localeOfPath(path: string): Locale {
  return /^\/*pt-br(\/|$)/i.test(path) ? "pt-BR" : "en";
}

/** The page's edition, from `<html lang>` — never from the browser's language, so a page reads the same for everyone. */
export function pageLocale(doc: Document | undefined = globalThis.document): Locale {
  return toLocale(doc?.documentElement.lang);
}

/**
 * The storage key of a reader's data in an edition: English keys stay exactly as they always were
 * ("interleave:progress"), so nobody's data is lost; pt-BR gets its own ("interleave:pt-br:progress").
 */
export function editionKey(key: string, locale: Locale): string {
  return locale === defaultLocale ? key : key.replace(/^interleave:/, `interleave:${locale.toLowerCase()}:`);
}

/** The edition of a lesson file: "content/lessons-pt-br/02-generators.mdx" → "pt-BR" (build time). */
export function localeOfContentFile(path: string | undefined): Locale {
  return /[\\/]lessons-pt-br[\\/]/i.test(path ?? "") ? "pt-BR" : "en";
}

/** The edition of a page's URL path, base path included ("/course/pt-br/…" → "pt-BR"). */
export function localeOfUrlPath(pathname: string, base: string): Locale {
  return localeOfPath(pathname.startsWith(base) ? pathname.slice(base.length) : pathname);
}
