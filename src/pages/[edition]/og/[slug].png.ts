import type { GetStaticPaths } from "astro";
import { getEditions } from "../../../lib/lessons";
import { defaultLocale, localePrefix } from "../../../lib/i18n";
import { ogCardRoute, ogCardsOf } from "../../../site/seo/og-cards";

/** A translated edition's Open Graph cards, in its language (/pt-br/og/<slug>.png): built only once it is published. */
export const getStaticPaths = (async () => {
  const editions = (await getEditions()).filter((locale) => locale !== defaultLocale);
  const pages = await Promise.all(
    editions.map(async (locale) => (await ogCardsOf(locale)).map(({ slug, card }) => ({ params: { edition: localePrefix(locale).replace("/", ""), slug }, props: { card } }))),
  );
  return pages.flat();
}) satisfies GetStaticPaths;

export const GET = ogCardRoute;
