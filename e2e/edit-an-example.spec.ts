import { expect, test, type Locator, type Page } from "@playwright/test";

// The first example of the generators lesson ("eagerRange"): a plain Playground, not a <Compare>.
const lesson = "lessons/generators/";
const exampleTitle = "eagerRange";

// Each test loads Monaco (3.6 MB of script) and its TypeScript worker (7 MB) cold: room for a busy machine.
test.describe.configure({ timeout: 60_000 });
const monacoLoads = { timeout: 30_000 };
const typeScriptAnswers = { timeout: 30_000 };

/** Monaco's own files: none may load before the reader presses Edit. */
const monacoFile = /editor\.api|tsMode|setup\.|ts\.worker|editor\.worker|codicon/;

function firstExample(page: Page): Locator {
  return page.locator("[data-playground]").filter({ has: page.getByText(exampleTitle, { exact: true }) }).first();
}

/** Opens the lesson and presses Edit on its first example; resolves with the editor's text box. */
async function openEditor(page: Page): Promise<{ example: Locator; editor: Locator }> {
  await page.goto(lesson);
  const example = firstExample(page);
  await example.getByRole("button", { name: "Edit", exact: true }).click();
  const editor = example.getByRole("textbox", { name: `${exampleTitle} code editor` });
  await expect(editor).toBeFocused(monacoLoads);
  return { example, editor };
}

/** Replaces the whole code, as a paste would (no auto-closing brackets in the way). */
async function replaceCode(page: Page, code: string): Promise<void> {
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.insertText(code);
}

/** The code as the editor renders it (Monaco draws spaces as no-break spaces). */
async function renderedCode(example: Locator): Promise<string> {
  return (await example.locator(".view-lines").innerText()).replaceAll("\u00a0", " ");
}

/** Hovers one word of the code and resolves with the hover that opens. */
async function hoverText(page: Page, example: Locator, word: string): Promise<Locator> {
  await example.locator(".view-line span span", { hasText: new RegExp(`^${word}$`) }).first().hover();
  const hover = page.locator(".monaco-hover:visible").filter({ hasText: word });
  await expect(hover).toBeVisible(typeScriptAnswers);
  return hover;
}

test("an article loads no Monaco code or CSS until the reader presses Edit", async ({ page }) => {
  const html = await (await page.request.get(lesson)).text();
  const head = html.slice(0, html.indexOf("</head>"));
  for (const [, href] of head.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)) expect(href).not.toMatch(monacoFile);

  await page.goto(lesson);
  const hasMonacoStyles = () =>
    page.evaluate(() => [...document.styleSheets].some((sheet) => [...sheet.cssRules].some((rule) => rule.cssText.includes(".monaco-editor"))));
  expect(await hasMonacoStyles()).toBe(false);
  const loaded = await page.evaluate(() => performance.getEntriesByType("resource").map((entry) => entry.name));
  expect(loaded.filter((name) => monacoFile.test(name))).toEqual([]);

  await firstExample(page).getByRole("button", { name: "Edit", exact: true }).click();
  await expect(firstExample(page).getByRole("textbox", { name: `${exampleTitle} code editor` })).toBeFocused(monacoLoads);
  expect(await hasMonacoStyles()).toBe(true);
});

test("Edit swaps the highlighted block for an editor in place, at the same size and font", async ({ page }) => {
  await page.goto(lesson);
  const example = firstExample(page);
  const block = example.locator("pre.shiki");
  // Boxes relative to the example's figure: focusing the editor may scroll the page.
  const boxInExample = (element: Locator) =>
    element.evaluate((node) => {
      const box = node.getBoundingClientRect();
      const figure = node.closest("[data-playground]")!.getBoundingClientRect();
      return { x: box.x - figure.x, y: box.y - figure.y, width: box.width, height: box.height };
    });
  const before = await boxInExample(block);
  const font = await block.evaluate((pre) => getComputedStyle(pre).fontSize);
  const code = (await block.innerText()).trim();

  await example.getByRole("button", { name: "Edit", exact: true }).click();
  const editor = example.locator(".monaco-editor");
  await expect(editor).toBeVisible(monacoLoads);
  await expect(block).toBeHidden();
  const after = await boxInExample(editor);
  expect(after.x).toBeCloseTo(before.x, 0);
  expect(after.y).toBeCloseTo(before.y, 0);
  expect(after.width).toBeCloseTo(before.width, 0);
  // As tall as the block, give or take Monaco rounding the line height to whole pixels.
  expect(Math.abs(after.height - before.height)).toBeLessThan(before.height * 0.05 + 2);
  expect(await example.locator(".view-lines").evaluate((lines) => getComputedStyle(lines).fontSize)).toBe(font);
  expect((await renderedCode(example)).replace(/\s+/g, " ")).toBe(code.replace(/\s+/g, " "));
});

test("typing edits the code; the editor follows the page's colours and theme", async ({ page }) => {
  const { example } = await openEditor(page);
  await page.keyboard.press("ControlOrMeta+End");
  await page.keyboard.press("Enter");
  await page.keyboard.type("// typed by a reader");
  await expect.poll(() => renderedCode(example)).toContain("// typed by a reader");

  const background = () => example.locator(".monaco-editor").evaluate((node) => getComputedStyle(node).backgroundColor);
  const codeBackground = () => page.evaluate(() => getComputedStyle(document.querySelector(".pg-code")!).getPropertyValue("--code-bg").trim());
  await page.evaluate(() => (document.documentElement.dataset.theme = "light"));
  await expect.poll(background).toBe("rgb(246, 248, 250)");
  expect(await codeBackground()).toBe("#f6f8fa");
  await page.evaluate(() => (document.documentElement.dataset.theme = "dark"));
  await expect.poll(background).toBe("rgb(10, 12, 16)");
});

test("hovering a generator function shows its inferred Generator<number, void, number> type", async ({ page }) => {
  const { example } = await openEditor(page);
  await replaceCode(page, "function* counter() {\n  const received: number = yield 1;\n  console.log(received);\n}\n");
  const hover = await hoverText(page, example, "counter");
  await expect(hover).toContainText("Generator<number, void, number>", typeScriptAnswers);
});

test("a type error gets a red squiggle, and `interleave` imports type-check", async ({ page }) => {
  const { example } = await openEditor(page);
  await replaceCode(page, 'import { sleep, task } from "interleave";\nawait task("A", () => sleep(10));\n');
  // The TypeScript worker is up once a hover answers; by then valid code has no squiggles.
  await expect(await hoverText(page, example, "task")).toContainText("(name: string, fn: () =>", typeScriptAnswers);
  await expect(example.locator(".squiggly-error")).toHaveCount(0);

  await page.keyboard.press("ControlOrMeta+End");
  await page.keyboard.insertText('const n: number = "x";\n');
  await expect(example.locator(".squiggly-error")).toHaveCount(1, typeScriptAnswers);
  const hover = await hoverText(page, example, "n");
  await expect(hover).toContainText("Type 'string' is not assignable to type 'number'");
});

test("completions and signature help know the interleave runtime", async ({ page }) => {
  const { example } = await openEditor(page);
  await replaceCode(page, 'import { sleep } from "interleave";\nawait sle');
  await page.keyboard.press("Control+Space");
  const suggestion = page.locator(".suggest-widget:visible .monaco-list-row").filter({ hasText: "sleep" });
  await expect(suggestion.first()).toBeVisible(typeScriptAnswers);
  await page.keyboard.press("Escape");
  await page.keyboard.type("ep(");
  await expect(page.locator(".parameter-hints-widget:visible")).toContainText("sleep(ms: number): Promise<void>", typeScriptAnswers);
  await expect.poll(() => renderedCode(example)).toContain("await sleep()");
});

test("keyboard users run with Ctrl+Enter and leave the editor with Escape then Tab", async ({ page }) => {
  const { example, editor } = await openEditor(page);
  await expect(editor).toHaveAccessibleDescription(/Escape then Tab to leave the editor/);
  await page.keyboard.press("Tab");
  await expect(editor).toBeFocused(); // Tab indents inside the editor…
  await page.keyboard.press("Escape");
  await page.keyboard.press("Tab");
  await expect(editor).not.toBeFocused(); // …Escape then Tab moves on.

  await editor.focus();
  await page.keyboard.press("ControlOrMeta+Enter");
  await expect(example.getByRole("log", { name: /output/i })).toBeVisible();
});
