import type { APIRoute, GetStaticPaths } from "astro";
import { ogCardPng, type OgCard } from "../../site/seo/og-image";
import { ogCardsOf } from "../../site/seo/og-cards";

/** One Open Graph card per lesson (/og/<slug>.png) and one for the home page, rendered at build time. */
export const getStaticPaths = (async () => (await ogCardsOf("en")).map(({ slug, card }) => ({ params: { slug }, props: { card } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: OgCard }> = ({ props: { card } }) =>
  new Response(ogCardPng(card), { headers: { "Content-Type": "image/png" } });
