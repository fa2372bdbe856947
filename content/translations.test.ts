/**
 * The translation status of every translated lesson: each names an English lesson, records the hash
 * of the English text it translates, and is listed here when that text changed since (the page then
 * says "tradução desatualizada"; see content/AUTHORING.md, "Translations", for why it does not fail).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { sourceHash } from "../src/build/translation-status";

/** A lesson's slides: its body cut at thematic breaks outside code fences. */
function slidesOf(text: string): string[] {
  const body = text.replace(/^---\n[\s\S]*?\n---\n/, "");
  return body.replace(/```[\s\S]*?```/g, "").split(/\n---\n/);
}

const english = readdirSync(join(import.meta.dirname, "lessons")).filter((name) => /^\d\d-.*\.mdx$/.test(name));
const editions = ["lessons-pt-br"];

describe.each(editions)("%s", (tree) => {
  const translations = readdirSync(join(import.meta.dirname, tree)).filter((name) => /^\d\d-.*\.mdx$/.test(name));

  it.each(translations.length > 0 ? translations : ["(none yet)"])("%s translates an English lesson and names its source", async (file) => {
    if (file === "(none yet)") return;
    expect(english, "a translation has the file name of the English lesson it translates").toContain(file);
    const source = /^source:\s*"?([0-9a-f]+)"?\s*$/m.exec(readFileSync(join(import.meta.dirname, tree, file), "utf8"))?.[1];
    const current = await sourceHash(readFileSync(join(import.meta.dirname, "lessons", file), "utf8"));
    expect(source, `frontmatter needs "source: ${current}" (the hash of content/lessons/${file})`).toMatch(/^[0-9a-f]{12}$/);
    // Reported, not failed: an English edit must not wait for its translator.
    if (source !== current) console.warn(`${tree}/${file}: tradução desatualizada — translated from ${source}, English is now ${current}`);
  });

  it.each(translations.length > 0 ? translations : ["(none yet)"])("%s has the English lesson's slides, one for one (the language switcher lands on the same slide)", (file) => {
    if (file === "(none yet)") return;
    const headings = (text: string) => slidesOf(text).map((slide) => (/^##\s/m.test(slide) ? "##" : "-"));
    const english = headings(readFileSync(join(import.meta.dirname, "lessons", file), "utf8"));
    expect(headings(readFileSync(join(import.meta.dirname, tree, file), "utf8")), `${tree}/${file}: one slide per English slide, each with a heading where the English one has one`).toEqual(english);
  });

  it("lists the English lessons still untranslated (a report: the edition stays unpublished until none is left)", () => {
    const missing = english.filter((file) => !translations.includes(file));
    console.info(`${tree}: ${english.length - missing.length}/${english.length} lessons translated${missing.length ? `; missing ${missing.join(", ")}` : ""}`);
  });
});
