import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** A published lesson as its MDX file declares it: what the site must show. */
export interface LessonFile { slug: string; title: string; order: number; slides: number }

const directory = join(import.meta.dirname, "../../content/lessons");

/** Reads content/lessons/ directly, so tests check the site against the source, not against itself. */
export function lessonFiles(): LessonFile[] {
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
