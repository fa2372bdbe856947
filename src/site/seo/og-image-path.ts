import { localePrefix, type Locale } from "../../lib/i18n/locales";

/** Open Graph's recommended card size. */
export const ogImageSize = { width: 1200, height: 630 } as const;

/** The card written for the home page (lessons get one named after their slug). */
export const homeCard = "home";

/** Site-relative path of the Open Graph card for a lesson, or the home card, in the edition's language. */
export function ogImagePath(lesson?: string, locale: Locale = "en"): string {
  return `${localePrefix(locale)}og/${lesson ?? homeCard}.png`;
}
