import { mkdtemp, mkdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { englishPathOf, isTranslationOutdated, sourceHash } from "./translation-status";

describe("translation status", () => {
  it("finds the English file a translation comes from", () => {
    expect(englishPathOf("content/lessons-pt-br/02-generators.mdx")).toBe("content/lessons/02-generators.mdx");
  });

  it("flags a translation once its English source changes, and not before", async () => {
    const root = await mkdtemp(join(tmpdir(), "translation-"));
    await mkdir(join(root, "content/lessons"), { recursive: true });
    await writeFile(join(root, "content/lessons/02-generators.mdx"), "---\ntitle: Generators\n---\nText\n");
    const source = await sourceHash("---\ntitle: Generators\n---\nText\n");
    expect(await isTranslationOutdated("content/lessons-pt-br/02-generators.mdx", source, root)).toBe(false);
    await writeFile(join(root, "content/lessons/02-generators.mdx"), "---\ntitle: Generators\n---\nText, edited\n");
    expect(await isTranslationOutdated("content/lessons-pt-br/02-generators.mdx", source, root)).toBe(true);
  });

  it("ignores Windows line endings", async () => {
    expect(await sourceHash("a\r\nb\n")).toBe(await sourceHash("a\nb\n"));
  });
});
