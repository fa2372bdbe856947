import { getCollection, type CollectionEntry } from "astro:content";
import { missingTranslations, publishedLocales, type Locale } from "./i18n";

export type Lesson = CollectionEntry<"lessons"> | CollectionEntry<"lessonsPtBr">;

/** The collection holding each edition's lessons. */
const collectionOf = { en: "lessons", "pt-BR": "lessonsPtBr" } as const satisfies Record<Locale, string>;

/** Published lessons of an edition in course order; two lessons claiming one `order` fail the build. */
export async function getLessons(locale: Locale = "en"): Promise<Lesson[]> {
  const all: Lesson[] = await getCollection(collectionOf[locale]);
  const lessons = all.filter(({ data }) => !data.draft).sort((a, b) => a.data.order - b.data.order);
  lessons.forEach((lesson, i) => {
    const clash = lessons[i + 1];
    if (clash && clash.data.order === lesson.data.order) {
      throw new Error(`Lessons "${lesson.id}" and "${clash.id}" both have order ${lesson.data.order}.`);
    }
  });
  return lessons;
}

/** The editions this build publishes: English, and each translation that covers every English lesson (or all, with EDITIONS=all). */
export async function getEditions(): Promise<Locale[]> {
  const english = (await getLessons("en")).map((lesson) => lesson.id);
  const translated = (await getLessons("pt-BR")).map((lesson) => lesson.id);
  return publishedLocales(() => missingTranslations(english, translated), process.env.EDITIONS);
}

/** The lessons before and after one, for the article's footer links. */
export function neighbours(lessons: Lesson[], id: string): { previous?: Lesson; next?: Lesson } {
  const at = lessons.findIndex((lesson) => lesson.id === id);
  return { previous: lessons[at - 1], next: lessons[at + 1] };
}

/** One page per lesson, the lesson as its prop: the static paths of the deck and presenter routes. */
export async function pagePerLesson(): Promise<{ params: { slug: string }; props: { lesson: Lesson } }[]> {
  return (await getLessons()).map((lesson) => ({ params: { slug: lesson.id }, props: { lesson } }));
}

/** How many exercises a lesson's MDX holds (each `<Exercise …>` at the start of a line). */
export function exerciseCount(lesson: Pick<Lesson, "body">): number {
  return (lesson.body ?? "").match(/^<Exercise\s/gm)?.length ?? 0;
}

/** The pages of a translated edition, `edition` being its path segment: none unless the edition is published. */
export async function pagePerTranslatedLesson(): Promise<{ params: { edition: string; slug: string }; props: { lesson: Lesson; previous?: Lesson; next?: Lesson } }[]> {
  if (!(await getEditions()).includes("pt-BR")) return [];
  const lessons = await getLessons("pt-BR");
  return lessons.map((lesson) => ({ params: { edition: "pt-br", slug: lesson.id }, props: { lesson, ...neighbours(lessons, lesson.id) } }));
}

/** The published editions that have the page at a site-relative `path` (a partial edition, built with EDITIONS=all, lacks some lessons). */
export async function editionsOfPage(path: string): Promise<Locale[]> {
  const lesson = /^(?:pt-br\/)?lessons\/([^/]+)\//.exec(path)?.[1];
  const editions = await getEditions();
  if (!lesson) return editions;
  const having = await Promise.all(editions.map(async (edition) => (await getLessons(edition)).some((entry) => entry.id === lesson)));
  return editions.filter((_, i) => having[i]);
}
