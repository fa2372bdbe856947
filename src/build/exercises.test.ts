import { describe, expect, it } from "vitest";
import { unified } from "unified";
import remarkParse from "remark-parse";
import remarkMdx from "remark-mdx";
import type { Root } from "mdast";
import { collectExercises, collectPredicts, scrambled } from "./exercises";

const parse = (mdx: string) => unified().use(remarkParse).use(remarkMdx).parse(mdx) as Root;
const fence = (meta: string, code: string) => `\`\`\`ts ${meta}\n${code}\n\`\`\``;

describe("collectExercises", () => {
  it("reads the task's fences by role, and keeps each wrong answer with the check it must fail", () => {
    const mdx = [
      '<Exercise id="take" title="Take" timeout="1000" trace>',
      "The task.",
      fence("starter", "// start"),
      fence("solution", "// solved"),
      fence("check", 'check("works", () => {});'),
      fence('wrong="off by one" fails="works"', "// wrong"),
      "</Exercise>",
    ].join("\n\n");
    const [exercise] = collectExercises(parse(mdx), "lesson.mdx");
    expect(exercise).toMatchObject({ id: "take", title: "Take", starter: "// start", solution: "// solved", timeout: 1000, trace: true });
    expect(exercise!.wrong).toEqual([expect.objectContaining({ label: "off by one", fails: "works", code: "// wrong" })]);
  });

  it("fails the build, naming file and line, when a fence or the id is missing", () => {
    expect(() => collectExercises(parse(`<Exercise id="x" title="X">\n\n${fence("starter", "1")}\n\n</Exercise>`), "l.mdx")).toThrow(/l\.mdx:1: an <Exercise> needs a ```ts solution fence/);
    expect(() => collectExercises(parse('<Exercise title="X">\n\nx\n\n</Exercise>'), "l.mdx")).toThrow(/needs an id/);
  });
});

describe("predictions", () => {
  it("take the runnable fence's promised lines", () => {
    const mdx = `<Predict id="order">\n\n${fence("run", "x")}\n\n\`\`\`output\nA\nB\n\`\`\`\n\n</Predict>`;
    expect(collectPredicts(parse(mdx))[0]).toMatchObject({ id: "order", lines: ["A", "B"] });
  });

  it("are scrambled the same way every build, never in the real order", () => {
    for (const lines of [["a", "b"], ["a", "b", "c"], ["1", "2", "3", "4", "5"]]) {
      expect(scrambled(lines)).not.toEqual(lines);
      expect([...scrambled(lines)].sort()).toEqual([...lines].sort());
      expect(scrambled(lines)).toEqual(scrambled(lines));
    }
  });
});
