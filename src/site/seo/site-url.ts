import { withBase } from "../../lib/paths";

/**
 * The public origin the course is deployed at, for the sitemap and Open Graph tags (both need
 * absolute URLs): Astro's `site` if configured, else $SITE_URL, else the local `npm start` address.
 */
export const siteOrigin: string = new URL(import.meta.env.SITE || process.env.SITE_URL || "http://localhost:4321/").origin;

/** An absolute URL for a site-relative path ("lessons/x/"), with the base path. */
export function absoluteUrl(path: string, origin: string = siteOrigin, base?: string): string {
  return new URL(withBase(path, base), origin).href;
}
