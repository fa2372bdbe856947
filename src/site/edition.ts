/** The edition a page belongs to, from its URL: its locale and the base path its own links start from. */
import { editionBase, localeOfUrlPath, t, type Locale, type MessageKey } from "../lib/i18n";
import { siteBase } from "../lib/paths";

export interface PageEdition {
  locale: Locale;
  /** "/" or "/pt-br/" (under the site's base path): pass it to lessonUrl, slidesUrl, withBase. */
  base: string;
  say(key: MessageKey, params?: Record<string, string | number>): string;
}

export function pageEdition(url: URL): PageEdition {
  const locale = localeOfUrlPath(url.pathname, siteBase);
  return { locale, base: editionBase(locale, siteBase), say: (key, params) => t(locale, key, params) };
}
