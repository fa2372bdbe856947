/** Site base path as configured at build time, always with one trailing slash. */
// import.meta.env is absent when astro.config.mjs imports this file in plain Node.
export const siteBase: string = normalizeBase(import.meta.env?.BASE_URL ?? "/");

/** "/course" | "course/" | "" → "/course/" | "/". */
export function normalizeBase(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, "");
  return trimmed ? `/${trimmed}/` : "/";
}

/** Prefixes a site-relative path ("lessons/x/") with the base path. */
export function withBase(path: string, base: string = siteBase): string {
  return normalizeBase(base) + path.replace(/^\/+/, "");
}

/** The article page of a lesson. */
export function lessonUrl(slug: string, base: string = siteBase): string {
  return withBase(`lessons/${slug}/`, base);
}

/** The deck of a lesson, optionally at a 1-based slide number. */
export function slidesUrl(slug: string, slide?: number, base: string = siteBase): string {
  return withBase(`lessons/${slug}/slides/`, base) + (slide ? `#${slide}` : "");
}
