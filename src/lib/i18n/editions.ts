/** Which editions the site publishes: English always; another only once every English lesson has its translation. */
import { defaultLocale, localePrefix, locales, type Locale } from "./locales";

/** The English lessons still waiting for a translation (empty: the edition is complete). */
export function missingTranslations(englishIds: readonly string[], translatedIds: readonly string[]): string[] {
  const translated = new Set(translatedIds);
  return englishIds.filter((id) => !translated.has(id));
}

/**
 * The editions to build. `EDITIONS=all` builds an incomplete edition too, to develop a translation;
 * otherwise an incomplete one is neither built nor linked (javascript.info's rule).
 */
export function publishedLocales(missing: (locale: Locale) => string[], editionsEnv: string | undefined): Locale[] {
  return locales.filter((locale) => locale === defaultLocale || editionsEnv === "all" || missing(locale).length === 0);
}

/** The base path of an edition's pages: "/course/" for English, "/course/pt-br/" for Portuguese. */
export function editionBase(locale: Locale, base: string): string {
  return base + localePrefix(locale);
}

/** The same page in another edition: "pt-br/lessons/x/slides/" ↔ "lessons/x/slides/" (site-relative paths). */
export function counterpartPath(path: string, to: Locale): string {
  const bare = path.replace(/^\/*(pt-br\/?)?/i, "");
  return localePrefix(to) + bare;
}
