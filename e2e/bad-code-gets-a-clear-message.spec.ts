import { expect, test } from "@playwright/test";
import { openWithCode, outputOf } from "./support/examples";

const lesson = "lessons/generators/";
const exampleId = "generators/1";
const figure = (page: import("@playwright/test").Page) => page.locator(`[data-id="${exampleId}"]`);

test("a syntax error is reported with its line and column, and that line is marked", async ({ page }) => {
  await openWithCode(page, lesson, exampleId, 'console.log("fine");\nconst x = ;\n');
  await figure(page).getByRole("button", { name: "Run", exact: true }).click();
  await expect(outputOf(figure(page))).toContainText(/Syntax error: .*line 2:11/, { timeout: 20_000 });
  await expect(figure(page).locator(".line[data-marked]")).toHaveText("const x = ;");
});

test("a runtime error points at the TypeScript line that threw", async ({ page }) => {
  const code = ["interface Point { x: number }", "type Pair = [Point, Point];", "function boom(): never {", '  throw new TypeError("boom");', "}", "const p: Pair = [{ x: 1 }, { x: 2 }];", "console.log(p.length);", "boom();"].join("\n");
  await openWithCode(page, lesson, exampleId, code);
  await figure(page).getByRole("button", { name: "Run", exact: true }).click();
  const output = outputOf(figure(page));
  await expect(output).toContainText("2");
  await expect(output).toContainText("Uncaught TypeError: boom — line 4:9", { timeout: 20_000 });
  await expect(figure(page).locator(".line[data-marked]")).toHaveText('  throw new TypeError("boom");');
});

for (const [where, code] of [
  ["plain code", 'console.log("before");\nwhile (true) {}'],
  ["an async function", 'async function spin() { await null; console.log("before"); while (true) {} }\nspin();'],
  ["a generator", 'function* spin() { console.log("before"); while (true) {} yield 1; }\nspin().next();'],
] as const) {
  test(`an infinite loop in ${where} is stopped by Stop while the page keeps responding`, async ({ page }) => {
    await openWithCode(page, lesson, exampleId, code);
    await figure(page).getByRole("button", { name: "Run", exact: true }).click();
    await expect(outputOf(figure(page))).toContainText("before", { timeout: 20_000 });
    // While it spins, another example on the page still runs to completion.
    const other = page.locator('[data-id="generators/2"]');
    await other.getByRole("button", { name: "Run", exact: true }).click();
    await expect(outputOf(other)).toContainText(/done in/);
    await figure(page).getByRole("button", { name: "Stop", exact: true }).click();
    await expect(outputOf(figure(page))).toContainText("stopped");
    await expect(figure(page).getByRole("button", { name: "Run", exact: true })).toBeVisible();
  });
}

test("runaway code is stopped by the time limit with a clear message", async ({ page }) => {
  test.setTimeout(40_000);
  await openWithCode(page, lesson, exampleId, "while (true) {}");
  await figure(page).getByRole("button", { name: "Run", exact: true }).click();
  await expect(outputOf(figure(page))).toContainText("stopped after 10.00 s", { timeout: 20_000 });
});

test("a flood of output is capped without freezing the page", async ({ page }) => {
  await openWithCode(page, lesson, exampleId, 'for (let i = 0; i < 100_000; i++) console.log("line", i);');
  await figure(page).getByRole("button", { name: "Run", exact: true }).click();
  const output = outputOf(figure(page));
  await expect(output).toContainText(/done in/, { timeout: 20_000 });
  await expect(output).toContainText("line 99999");
  await expect(output).toContainText(/earlier lines hidden/);
  expect(await output.locator(".pg-line").count()).toBeLessThanOrEqual(2001);
});
