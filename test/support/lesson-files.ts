/** The lesson files of the English tree and of each translated edition, for the content tests. */
import { readdirSync } from "node:fs";
import { join } from "node:path";

const contentDirectory = join(import.meta.dirname, "..", "..", "content");

/** The content trees: English first, then each translated edition. */
export const trees = ["lessons", "lessons-pt-br"] as const;
export type Tree = (typeof trees)[number];

/** Each tree's words for the last slide's heading and for "seed NNN" (the credits are translated too). */
export const sourcesWords: Record<Tree, { heading: string; seed: string }> = {
  lessons: { heading: "## Sources", seed: "seed" },
  "lessons-pt-br": { heading: "## Fontes", seed: "semente" },
};

export interface LessonFile {
  tree: Tree;
  /** "02-generators.mdx": the same name in every tree. */
  name: string;
  /** The absolute path. */
  path: string;
  /** "02-generators.mdx" in English, "lessons-pt-br/02-generators.mdx" in a translation: a test's name. */
  label: string;
}

/** Every lesson of the given trees (all by default), English first. */
export function lessonFiles(only: readonly Tree[] = trees): LessonFile[] {
  return only.flatMap((tree) =>
    readdirSync(join(contentDirectory, tree))
      .filter((name) => /^\d\d-.*\.mdx$/.test(name))
      .map((name) => ({ tree, name, path: join(contentDirectory, tree, name), label: tree === "lessons" ? name : `${tree}/${name}` })),
  );
}
