import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** A published lesson as its MDX file declares it: what the site must show. */
export interface LessonFile { slug: string; title: string; order: number; slides: number }

const contentDirectory = join(import.meta.dirname, "../../content");
const lessonNames = (tree: string) => readdirSync(join(contentDirectory, tree)).filter((name) => /^\d\d-.*\.mdx$/.test(name));

/**
 * Whether the build holds the pt-BR edition: once every English lesson has its translation, or when
 * the site was built with EDITIONS=all to work on one.
 */
export const portuguesePublished =
  lessonNames("lessons").every((name) => lessonNames("lessons-pt-br").includes(name)) || process.env.EDITIONS === "all";

/** Reads content/lessons/ (or a translation's tree) directly, so tests check the site against the source, not against itself. */
export function lessonFiles(tree = "lessons"): LessonFile[] {
  const directory = join(contentDirectory, tree);
  return readdirSync(directory)
    .filter((name) => /^\d\d-.*\.mdx$/.test(name))
    .map((name) => {
      const text = readFileSync(join(directory, name), "utf8");
      const [, frontmatter = "", body = ""] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
      const field = (key: string) => new RegExp(`^${key}:\\s*(.*)$`, "m").exec(frontmatter)?.[1]?.trim() ?? "";
      const unquote = (value: string) => value.replace(/^["']|["']$/g, "");
      return {
        slug: name.replace(/^\d\d-/, "").replace(/\.mdx$/, ""),
        title: unquote(field("title")),
        order: Number(field("order")),
        draft: field("draft") === "true",
        // Thematic breaks outside code fences separate slides.
        slides: body.replace(/```[\s\S]*?```/g, "").split(/\n---\n/).filter((part) => part.trim()).length,
      };
    })
    .filter((lesson) => !lesson.draft)
    .sort((a, b) => a.order - b.order);
}

/** The deck adds a cover slide before the lesson's own. */
export const deckSlideCount = (lesson: LessonFile) => lesson.slides + 1;
