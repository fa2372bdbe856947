/** Open Graph's recommended card size. */
export const ogImageSize = { width: 1200, height: 630 } as const;

/** The card written for the home page (lessons get one named after their slug). */
export const homeCard = "home";

/** Site-relative path of the Open Graph card for a lesson, or the home card. */
export function ogImagePath(lesson?: string): string {
  return `og/${lesson ?? homeCard}.png`;
}
