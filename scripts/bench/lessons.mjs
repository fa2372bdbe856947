// The lessons the built site has, read from content/lessons/ (the same source the e2e tests use).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const directory = join(import.meta.dirname, "../../content/lessons");

/** Published lessons in course order: { slug, title }. */
export function lessons() {
  return readdirSync(directory)
    .filter((name) => /^\d\d-.*\.mdx$/.test(name))
    .sort()
    .map((name) => {
      const text = readFileSync(join(directory, name), "utf8");
      return { slug: name.replace(/^\d\d-|\.mdx$/g, ""), title: /^title:\s*(.*)$/m.exec(text)?.[1]?.trim() ?? name, draft: /^draft:\s*true/m.test(text) };
    })
    .filter((lesson) => !lesson.draft);
}

/** The editions the built site holds: English, and pt-BR once its home page was built. */
export function editions(siteDirectory) {
  const portuguese = existsSync(join(siteDirectory, "pt-br", "index.html"));
  return [{ name: "English", prefix: "" }, ...(portuguese ? [{ name: "pt-BR", prefix: "pt-br/" }] : [])];
}
