import type { PagefindResultData, PagefindSubResult } from "./pagefind-api";
import { t, type Locale } from "../../lib/i18n";

const escapeHtml = (text: string) => text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Pagefind excerpts are HTML-escaped text with <mark> around hits: drop any other tag, to be sure. */
export function safeExcerpt(excerpt: string): string {
  return excerpt.replace(/<(?!\/?mark>)[^>]*>?/g, "");
}

/** Sections worth listing: those with their own anchor (the page-level entry repeats the lesson). */
function sections(result: PagefindResultData): PagefindSubResult[] {
  return result.sub_results.filter((sub) => sub.url.includes("#")).slice(0, 3);
}

/** The results list's items: each lesson, then up to three of its matching sections. */
export function resultsMarkup(results: PagefindResultData[], locale: Locale = "en"): string {
  return results
    .map((result) => {
      const title = escapeHtml(result.meta.title ?? result.url);
      const subs = sections(result)
        .map((sub) => `<li><a href="${escapeHtml(sub.url)}">${escapeHtml(sub.title)}</a><p>${safeExcerpt(sub.excerpt)}</p></li>`)
        .join("");
      return `<li class="search-result"><a class="search-result-title" href="${escapeHtml(result.url)}">${title}</a><p>${safeExcerpt(result.excerpt)}</p>${subs ? `<ul class="search-sections" aria-label="${t(locale, "search.sectionsOf", { title })}">${subs}</ul>` : ""}</li>`;
    })
    .join("");
}
