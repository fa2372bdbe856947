import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { lessonSchema } from "./lib/lesson-schema";
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

export const collections = { lessons };
