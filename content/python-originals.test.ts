/**
 * The seeds' Python, run: every ```python run original in every lesson runs with Pyodide (real
 * CPython asyncio) on the run's virtual clock and prints exactly the output its lesson promises,
 * as "Run Python" on the page does. One interpreter serves the whole file (it takes ~2 s to start).
 */
import { readFileSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { unified } from "unified";
import remarkParse from "remark-parse";
import remarkMdx from "remark-mdx";
import type { Root } from "mdast";
import { collectRunnables, type Runnable } from "../src/build/fences";
import { closePython, runPythonInNode } from "../test/support/python-runner";
import { printedOutput } from "../test/support/printed-output";
import { lessonFiles } from "../test/support/lesson-files";

const lessons = lessonFiles();

function runnablesOf(file: string, language: "ts" | "python"): Runnable[] {
  const mdx = readFileSync(file, "utf8").replace(/^---\n[\s\S]*?\n---\n/, (frontmatter) => "\n".repeat(frontmatter.split("\n").length - 1));
  return collectRunnables(unified().use(remarkParse).use(remarkMdx).parse(mdx) as Root, language);
}
const pythonOf = (file: string) => runnablesOf(file, "python");

afterAll(closePython);

const withPython = lessons.map((lesson) => [lesson.label, pythonOf(lesson.path)] as const).filter(([, runnables]) => runnables.length > 0);

describe.each(withPython)("%s", (_file, runnables) => {
  it.each(runnables.map((runnable) => [`Python original ${runnable.index} (line ${runnable.line})`, runnable] as const))(
    "%s prints what the lesson promises",
    async (_, runnable) => {
      expect(runnable.expected, "every runnable Python original promises its output in an ```output fence").toBeDefined();
      const result = await runPythonInNode(runnable.code, { scale: runnable.meta.scale ?? 1, timeLimit: runnable.meta.timeout ?? 10_000, setup: runnable.setup, epilogue: runnable.epilogue });
      // Trailing spaces are invisible on the page (flags.py's show() prints "BD "): compared without them.
      const trimLines = (text: string) => text.split("\n").map((line) => line.trimEnd()).join("\n");
      expect(trimLines(printedOutput({ lines: result.lines, errors: result.errors }))).toBe(trimLines(runnable.expected!.trimEnd()));
    },
    30_000,
  );
});

it("links each Python original marked port= to a TypeScript example of that title on the same page", () => {
  const unlinked = lessons.flatMap((lesson) => {
    const titles = new Set(runnablesOf(lesson.path, "ts").map((ts) => ts.meta.title));
    return pythonOf(lesson.path)
      .filter((python) => python.meta.port !== undefined && !titles.has(python.meta.port))
      .map((python) => `${lesson.label}:${python.line} port="${python.meta.port}"`);
  });
  expect(unlinked).toEqual([]);
});

it("finds runnable Python originals in the lessons", () => {
  expect(withPython.length).toBeGreaterThan(0);
});
