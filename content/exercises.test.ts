/**
 * The practice test: every exercise in every lesson is checked by what its code does, through the
 * sandbox's guest under the virtual clock — its solution passes every check, its starter fails at
 * least one, and each typical wrong answer kept beside it fails the check it names.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { unified } from "unified";
import remarkParse from "remark-parse";
import remarkMdx from "remark-mdx";
import type { Root } from "mdast";
import { collectExercises, type Exercise } from "../src/build/exercises";
import { checkCode } from "../test/support/exercise-runner";
import { typecheckSnippet } from "../src/code/typecheck";
import { lessonFiles } from "../test/support/lesson-files";

const lessons = lessonFiles().map((lesson) => [lesson.label, lesson.path, lesson.tree === "lessons-pt-br" ? "pt-BR" : "en"] as const);

function exercisesOf(file: string): Exercise[] {
  const mdx = readFileSync(file, "utf8").replace(/^---\n[\s\S]*?\n---\n/, (frontmatter) => "\n".repeat(frontmatter.split("\n").length - 1));
  return collectExercises(unified().use(remarkParse).use(remarkMdx).parse(mdx) as Root, file);
}

const failures = (verdicts: { name: string; passed: boolean; message: string }[]) =>
  verdicts.filter((v) => !v.passed).map((v) => `${v.name}: ${v.message}`);

describe.each(lessons)("%s", (_, file, locale) => {
  // The checks library's verdicts in the lesson's own language, as its readers see them.
  const exercises = exercisesOf(file).map((exercise) => ({ ...exercise, locale }));
  const cases = exercises.map((exercise) => [exercise.id, exercise] as const);
  if (cases.length === 0) return void it.skip("has no exercises yet", () => {});

  it.each(cases)("%s: the reference solution passes every check", async (_, exercise) => {
    const verdicts = await checkCode(exercise.solution, exercise.checks, exercise);
    expect(failures(verdicts)).toEqual([]);
  });

  it.each(cases)("%s: the starter code fails at least one check, with a message", async (_, exercise) => {
    const failed = (await checkCode(exercise.starter, exercise.checks, exercise)).filter((v) => !v.passed);
    expect(failed.length).toBeGreaterThan(0);
    for (const verdict of failed) expect(verdict.message.length, `"${verdict.name}" explains itself`).toBeGreaterThan(10);
  });

  it.each(cases)("%s: the solution and starter type-check under strict TypeScript", (_, exercise) => {
    for (const code of [exercise.solution, exercise.starter]) {
      expect(typecheckSnippet(code).map((d) => `${d.line}:${d.column} ${d.message}`)).toEqual([]);
    }
  });

  const wrongs = exercises.flatMap((exercise) => exercise.wrong.map((wrong) => [`${exercise.id}: ${wrong.label}`, exercise, wrong] as const));
  if (wrongs.length === 0) return;
  it.each(wrongs)("%s fails the check it names", async (_, exercise, wrong) => {
    const verdicts = await checkCode(wrong.code, exercise.checks, exercise);
    const named = verdicts.find((verdict) => verdict.name === wrong.fails);
    expect(named, `a check named "${wrong.fails}"`).toBeDefined();
    expect(named!.passed, `"${wrong.fails}" fails on this wrong answer`).toBe(false);
    expect(named!.message.length).toBeGreaterThan(10);
  });
});
