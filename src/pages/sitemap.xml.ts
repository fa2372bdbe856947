import type { APIRoute } from "astro";
import { getLessons } from "../lib/lessons";
import { absoluteUrl } from "../site/seo/site-url";

/** Every public page: home, and each lesson as article and deck. */
export const GET: APIRoute = async () => {
  const lessons = await getLessons();
  const paths = ["", ...lessons.flatMap((lesson) => [`lessons/${lesson.id}/`, `lessons/${lesson.id}/slides/`])];
  const urls = paths.map((path) => `  <url><loc>${absoluteUrl(path)}</loc></url>`).join("\n");
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`;
  return new Response(xml, { headers: { "Content-Type": "application/xml; charset=utf-8" } });
};
