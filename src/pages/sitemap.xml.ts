import type { APIRoute } from "astro";
import { getEditions, getLessons } from "../lib/lessons";
import { localePrefix } from "../lib/i18n";
import { absoluteUrl } from "../site/seo/site-url";

/** Every public page of every published edition: home, and each lesson as article and deck. */
export const GET: APIRoute = async () => {
  const paths: string[] = [];
  for (const locale of await getEditions()) {
    const prefix = localePrefix(locale);
    const lessons = await getLessons(locale);
    paths.push(prefix, ...lessons.flatMap((lesson) => [`${prefix}lessons/${lesson.id}/`, `${prefix}lessons/${lesson.id}/slides/`]));
  }
  const urls = paths.map((path) => `  <url><loc>${absoluteUrl(path)}</loc></url>`).join("\n");
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`;
  return new Response(xml, { headers: { "Content-Type": "application/xml; charset=utf-8" } });
};
