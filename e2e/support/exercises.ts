import { readFileSync } from "node:fs";
import { join } from "node:path";
import { unified } from "unified";
import remarkParse from "remark-parse";
import remarkMdx from "remark-mdx";
import type { Root } from "mdast";
import { collectExercises, type Exercise } from "../../src/build/exercises";

/** One exercise as its lesson writes it (title, starter, solution…), read from the MDX. */
export function readLessonExercise(file: string, id: string): Exercise {
  const mdx = readFileSync(join(import.meta.dirname, "../../content/lessons", file), "utf8").replace(/^---\n[\s\S]*?\n---\n/, "");
  const found = collectExercises(unified().use(remarkParse).use(remarkMdx).parse(mdx) as Root, file).find((exercise) => exercise.id === id);
  if (!found) throw new Error(`${file} has no exercise "${id}"`);
  return found;
}
