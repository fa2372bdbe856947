/** "…/content/lessons/02-generators.mdx" → "generators" (the collection's id and URL slug). */
export function lessonIdFromPath(path: string | undefined): string {
  const file = (path ?? "").split(/[\\/]/).pop() ?? "";
  return file.replace(/\.mdx?$/, "").replace(/^\d\d-/, "");
}
