import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { lessonSchema, translationSchema } from "./lib/lesson-schema";
import { lessonIdFromPath } from "./build/lesson-id";

/** Lessons: one MDX file each in content/lessons/, named NN-slug.mdx. */
const lessons = defineCollection({
  loader: glob({
    pattern: "[0-9][0-9]-*.mdx",
    base: "./content/lessons",
    // "02-generators.mdx" → "generators": the order lives in the frontmatter, not the URL.
    generateId: ({ entry }) => lessonIdFromPath(entry),
  }),
  schema: lessonSchema,
});

/** The pt-BR edition: one translation per English lesson, same file names, in content/lessons-pt-br/. */
const lessonsPtBr = defineCollection({
  loader: glob({ pattern: "[0-9][0-9]-*.mdx", base: "./content/lessons-pt-br", generateId: ({ entry }) => lessonIdFromPath(entry) }),
  schema: translationSchema,
});

export const collections = { lessons, lessonsPtBr };
