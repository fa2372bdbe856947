import { z } from "astro/zod";

/** Seed talk ids: the NNN prefix of the files in shared/seeds/. */
const seedId = z.string().regex(/^\d{3}$/, 'a seed id is three digits, e.g. "001"');

/** Frontmatter of a lesson (content/lessons/NN-slug.mdx). */
export const lessonSchema = z
  .object({
    /** Title shown on the home page, the tab and the first slide. */
    title: z.string().min(1),
    /** One line saying what the reader will be able to do afterwards. */
    summary: z.string().min(1).max(200),
    /** Position in the course, 1-based; unique across lessons. */
    order: z.number().int().positive(),
    /** Minutes the talk takes; drives the presenter's pacing. */
    duration: z.number().int().min(5).max(120),
    /** Seed talks (shared/seeds/NNN_*.txt) the lesson draws on. */
    seeds: z.array(seedId).min(1),
    /** Drafts are left out of the build. */
    draft: z.boolean().default(false),
  })
  .strict();

export type LessonData = z.infer<typeof lessonSchema>;

/** Frontmatter of a translated lesson (content/lessons-pt-br/NN-slug.mdx): the English one's, plus what it translates. */
export const translationSchema = lessonSchema.extend({
  /** Content hash of the English file this translation was made from (see content/AUTHORING.md). */
  source: z.string().regex(/^[0-9a-f]{12}$/, "source is the 12-hex-digit hash printed by the translation-status test"),
});

export type TranslationData = z.infer<typeof translationSchema>;
