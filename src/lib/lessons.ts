import { getCollection, type CollectionEntry } from "astro:content";

export type Lesson = CollectionEntry<"lessons">;

/** Published lessons in course order; two lessons claiming one `order` fail the build. */
export async function getLessons(): Promise<Lesson[]> {
  const lessons = (await getCollection("lessons", ({ data }) => !data.draft)).sort((a, b) => a.data.order - b.data.order);
  lessons.forEach((lesson, i) => {
    const clash = lessons[i + 1];
    if (clash && clash.data.order === lesson.data.order) {
      throw new Error(`Lessons "${lesson.id}" and "${clash.id}" both have order ${lesson.data.order}.`);
    }
  });
  return lessons;
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
