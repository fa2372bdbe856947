/**
 * The content test: every runnable example in every lesson compiles under strict TypeScript,
 * runs under virtual time and on paced time (as the page runs it), and prints exactly the output
 * its lesson promises.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { unified } from "unified";
import remarkParse from "remark-parse";
import remarkMdx from "remark-mdx";
import type { Root } from "mdast";
import { collectRunnables, type Runnable } from "../src/build/fences";
import { compileForBuild } from "../src/code/build-time";
import { typecheckSnippet } from "../src/code/typecheck";
import { runInNode } from "../test/support/node-runner";
import { printedOutput } from "../test/support/printed-output";
import { instrument } from "../src/trace/instrument/instrument";
import { lessonFiles } from "../test/support/lesson-files";

// The English tree, then each translated edition's ("lessons-pt-br/02-generators.mdx"): a translation promises its own output.
const lessons = lessonFiles().map((lesson) => [lesson.label, lesson.path] as const);

/** The lesson's runnable fences, parsed the same way the site's remark plugins see them. */
function runnablesOf(file: string): Runnable[] {
  const mdx = readFileSync(file, "utf8").replace(/^---\n[\s\S]*?\n---\n/, (frontmatter) => "\n".repeat(frontmatter.split("\n").length - 1));
  return collectRunnables(unified().use(remarkParse).use(remarkMdx).parse(mdx) as Root);
}

/** Each example compiled and run on virtual time once, for the tests that need it. */
const virtualRuns = new Map<Runnable, Promise<{ js: string; result: Awaited<ReturnType<typeof runInNode>> }>>();
function runVirtual(runnable: Runnable) {
  let run = virtualRuns.get(runnable);
  if (!run) {
    run = compileForBuild(runnable.code).then(async (compiled) => {
      if (!compiled.ok) throw new Error(`does not compile: ${JSON.stringify(compiled.diagnostics)}`);
      const result = await runInNode(compiled.js, { scale: runnable.meta.scale ?? 1, timeLimit: runnable.meta.timeout ?? 10_000 });
      return { js: compiled.js, result };
    });
    virtualRuns.set(runnable, run);
  }
  return run;
}

describe.each(lessons)("%s", (_, file) => {
  const runnables = runnablesOf(file);

  it.each(runnables.map((runnable) => [`example ${runnable.index} (line ${runnable.line})`, runnable] as const))(
    "%s prints what the lesson promises",
    async (_, runnable) => {
      expect(runnable.expected, "every runnable example promises its output in an ```output fence").toBeDefined();
      const { result } = await runVirtual(runnable);
      expect(printedOutput(result)).toBe(runnable.expected!.trimEnd());
    },
  );

  it.each(runnables.map((runnable) => [`example ${runnable.index} (line ${runnable.line})`, runnable] as const))(
    "%s prints the same when traced",
    async (_, runnable) => {
      const compiled = await compileForBuild(runnable.code);
      if (!compiled.ok) throw new Error(`does not compile: ${JSON.stringify(compiled.diagnostics)}`);
      const traced = instrument(compiled.js, compiled.map);
      const result = await runInNode(traced.js, { scale: runnable.meta.scale ?? 1, timeLimit: runnable.meta.timeout ?? 10_000, trace: true });
      expect(result.trace.length, "the tracer recorded the run").toBeGreaterThan(0);
      expect(printedOutput(result)).toBe(runnable.expected!.trimEnd());
    },
  );

  it.each(runnables.map((runnable) => [`example ${runnable.index} (line ${runnable.line})`, runnable] as const))(
    "%s prints the same on paced time, as the page runs it",
    async (_, runnable) => {
      const { js, result: virtual } = await runVirtual(runnable);
      const scale = runnable.meta.scale ?? 1;
      const timeLimit = runnable.meta.timeout ?? 10_000;
      // The page's own speed, or faster so no example paces for more than ~50 real ms; the same logical limit.
      const pace = Math.max(scale, virtual.time / 50);
      const paced = await runInNode(js, { mode: "paced", scale: pace, timeLimit: (timeLimit * scale) / pace, realTimeLimit: 10_000 });
      expect(printedOutput(paced)).toBe(runnable.expected!.trimEnd());
    },
  );

  it.each(runnables.map((runnable) => [`example ${runnable.index} (line ${runnable.line})`, runnable] as const))(
    "%s type-checks under strict TypeScript",
    (_, runnable) => {
      const diagnostics = typecheckSnippet(runnable.code).map((d) => `${d.line}:${d.column} ${d.message}`);
      expect(diagnostics).toEqual([]);
    },
  );
});
