import type { GetStaticPaths } from "astro";
import { ogCardRoute, ogCardsOf } from "../../site/seo/og-cards";

/** One Open Graph card per lesson (/og/<slug>.png) and one for the home page, rendered at build time. */
export const getStaticPaths = (async () => (await ogCardsOf("en")).map(({ slug, card }) => ({ params: { slug }, props: { card } }))) satisfies GetStaticPaths;

export const GET = ogCardRoute;
