/** The Open Graph cards of an edition, in its language: one for its home page and one per lesson. */
import { getLessons } from "../../lib/lessons";
import { t, type Locale } from "../../lib/i18n";
import type { APIRoute } from "astro";
import { ogCardPng, type OgCard } from "./og-image";
import { homeCard } from "./og-image-path";

export async function ogCardsOf(locale: Locale): Promise<{ slug: string; card: OgCard }[]> {
  const lessons = await getLessons(locale);
  const home: OgCard = {
    eyebrow: t(locale, "og.homeEyebrow", { lessons: lessons.length }),
    title: t(locale, "og.homeTitle"),
    summary: t(locale, "og.homeSummary"),
    footer: t(locale, "og.homeFooter"),
  };
  return [
    { slug: homeCard, card: home },
    ...lessons.map(({ id, data }) => ({
      slug: id,
      card: { eyebrow: t(locale, "og.lessonEyebrow", { order: data.order }), title: data.title, summary: data.summary, footer: t(locale, "og.lessonFooter", { minutes: data.duration }) },
    })),
  ];
}

/** The body every edition's card route shares: its card, drawn as a PNG. */
export const ogCardRoute: APIRoute<{ card: OgCard }> = ({ props: { card } }) =>
  new Response(ogCardPng(card), { headers: { "Content-Type": "image/png" } });
