/**
 * remark plugin: each <Exercise> gets its starter as an editable <Playground>, its checks compiled
 * into a module the page imports only on Check, its solution as an attribute (for the diff) and in
 * the speaker notes (for the presenter), and numbered hints; wrong answers stay in the source, for
 * the test. Each <Predict> gets its lines in a scrambled order to put right.
 */
import type { Code, Root, RootContent } from "mdast";
import { localeOfContentFile, t } from "../lib/i18n";
import type { VFile } from "vfile";
import { collectExercises, collectPredicts, metaOf, scrambled, type Exercise, type JsxElement } from "./exercises";
import { lessonIdFromPath } from "./lesson-id";
import { playgroundElement, type RemarkCodeOptions } from "./remark-code";

export interface RemarkExercisesOptions extends RemarkCodeOptions {
  /** Compiles a ```ts check fence and returns the URL of its shipped module. */
  compileChecks: (source: string) => Promise<string>;
}

const attr = (name: string, value: string | number | undefined) => (value === undefined ? [] : [{ type: "mdxJsxAttribute", name, value: String(value) }]);

const roles = ["starter", "solution", "check"];
const isAuthoringFence = (node: RootContent) =>
  node.type === "code" && (roles.some((role) => metaOf(node.meta).words.has(role)) || metaOf(node.meta).pairs.has("wrong"));

function element(name: string, attributes: ReturnType<typeof attr>, children: unknown[]): RootContent {
  return { type: "mdxJsxFlowElement", name, attributes, children } as unknown as RootContent;
}

async function renderExercise(exercise: Exercise, lesson: string, file: VFile, options: RemarkExercisesOptions) {
  const { node } = exercise;
  const playground = await playgroundElement(
    exercise.starter,
    { id: `${lesson}/exercise-${exercise.id}`, title: t(localeOfContentFile(file.path), "exercise.yourCode"), timeout: exercise.timeout, scale: exercise.scale },
    exercise.line,
    file,
    options,
  );
  const hints = node.children.filter((child) => (child as JsxElement).name === "Hint") as JsxElement[];
  hints.forEach((hint, i) => hint.attributes.push(...attr("n", i + 1), ...attr("of", hints.length)));
  const work = element("div", [...attr("class", "ex-work"), ...attr("data-ex-work", "")], [playground]);
  const solution: Code = { type: "code", lang: "ts", meta: null, value: exercise.solution };
  const notes = element("Notes", [], [{ type: "paragraph", children: [{ type: "text", value: t(localeOfContentFile(file.path), "exercise.solutionTo", { title: exercise.title }) }] }, solution]);
  const kept = node.children.filter((child) => !isAuthoringFence(child as RootContent));
  const starterAt = node.children.findIndex((child) => (child as Code).type === "code" && metaOf((child as Code).meta).words.has("starter"));
  const before = kept.filter((child) => node.children.indexOf(child) < starterAt);
  const after = kept.filter((child) => node.children.indexOf(child) > starterAt);
  node.children = [...before, work, ...after, notes] as typeof node.children;
  node.attributes = [
    ...attr("id", `${lesson}/${exercise.id}`),
    ...attr("title", exercise.title),
    ...attr("checks", await options.compileChecks(exercise.checks)),
    ...attr("solution", exercise.solution),
    ...attr("hints", hints.length),
    ...(exercise.trace ? attr("trace", "") : []),
  ];
}

export default function remarkExercises(options: RemarkExercisesOptions) {
  return async (tree: Root, file: VFile) => {
    const lesson = lessonIdFromPath(file.path);
    let exercises: Exercise[];
    try {
      exercises = collectExercises(tree, file.path);
      for (const predict of collectPredicts(tree, file.path)) {
        predict.node.attributes = [...attr("id", `${lesson}/${predict.id}`), ...attr("title", predict.title), ...attr("lines", JSON.stringify(scrambled(predict.lines)))];
      }
    } catch (error) {
      return file.fail(error instanceof Error ? error.message : String(error));
    }
    for (const exercise of exercises) await renderExercise(exercise, lesson, file, options);
  };
}
