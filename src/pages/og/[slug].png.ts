import type { APIRoute, GetStaticPaths } from "astro";
import { getLessons } from "../../lib/lessons";
import { ogCardPng, type OgCard } from "../../site/seo/og-image";
import { homeCard } from "../../site/seo/og-image-path";

/** One Open Graph card per lesson (/og/<slug>.png) and one for the home page, rendered at build time. */
export const getStaticPaths = (async () => {
  const lessons = await getLessons();
  const home: OgCard = {
    eyebrow: `A course in ${lessons.length} lessons`,
    title: "Concurrency in TypeScript",
    summary: "Generators, yield*, async/await, async iteration and executors, where every example runs in the page.",
    footer: "Reads as an article, presents as a deck, works offline",
  };
  return [
    { params: { slug: homeCard }, props: { card: home } },
    ...lessons.map(({ id, data }) => ({
      params: { slug: id },
      props: { card: { eyebrow: `Lesson ${data.order}`, title: data.title, summary: data.summary, footer: `${data.duration} min · reads as an article, presents as a deck, every example runs` } },
    })),
  ];
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: OgCard }> = ({ props: { card } }) =>
  new Response(ogCardPng(card), { headers: { "Content-Type": "image/png" } });
