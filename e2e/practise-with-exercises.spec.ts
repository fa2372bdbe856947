import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { openWithCode } from "./support/examples";
import { readLessonExercise } from "./support/exercises";
import { currentSlide, openTalk } from "./support/talk";

// Check compiles the reader's code with esbuild-wasm, cold on the first press: room for a busy machine.
test.describe.configure({ timeout: 90_000 });
const verdictArrives = { timeout: 45_000 };

const lesson = "lessons/generators/";
const take = readLessonExercise("02-generators.mdx", "take");

function exercise(page: Page, title: string): Locator {
  return page.locator("[data-exercise]").filter({ has: page.getByRole("heading", { name: title }) });
}

test("Check runs the starter and says, check by check, what its behaviour lacks — loading no checking code before the press", async ({ page }) => {
  const requested: string[] = [];
  page.on("request", (request) => requested.push(request.url()));
  await page.goto(lesson);
  const item = exercise(page, take.title);
  await item.scrollIntoViewIfNeeded();
  expect(requested.filter((url) => /checks-|practice\/controller|evaluate/.test(url))).toEqual([]);

  await item.getByRole("button", { name: "Check" }).click();
  const verdicts = item.getByRole("status", { name: "Check results" });
  await expect(verdicts).toContainText(/\d of \d checks pass/, verdictArrives);
  await expect(verdicts.getByRole("listitem").filter({ hasText: "✗ failed: yields the first count items" })).toContainText("it should give [0, 1, 2]");
  expect(requested.some((url) => /checks-[\w-]+\.js/.test(url))).toBe(true);
  await expect(item.getByText("Solved", { exact: true })).toBeHidden();
});

test("a correct solution turns Check green, the mark survives reload, and the solution diff leaves the reader's code in place", async ({ page }) => {
  // The reader's own solution, written differently from the reference one.
  const mine = take.solution.replace("if (count <= 0) return;", "if (count < 1) return; // nothing to take");
  await openWithCode(page, lesson, "generators/exercise-take", mine);
  const item = exercise(page, take.title);
  await item.getByRole("button", { name: "Check" }).click();
  await expect(item.getByRole("status", { name: "Check results" })).toContainText("checks pass. Solved!", verdictArrives);
  await expect(item.getByText("Solved", { exact: true })).toBeVisible();

  await page.goto(lesson);
  const again = exercise(page, take.title);
  await expect(again.getByText("Solved", { exact: true })).toBeVisible();
  const code = again.locator("[data-playground] [data-code-view]");
  await expect(code).toContainText("nothing to take");

  await again.getByRole("button", { name: "Compare with the solution" }).click();
  const diff = again.getByRole("list", { name: "Differences between your code and the solution" });
  await expect(diff).toBeVisible();
  await expect(diff.locator("del")).toContainText("nothing to take");
  await expect(diff.locator("ins")).toContainText("if (count <= 0) return;");
  await expect(code).toContainText("nothing to take");
  await expect(again.getByRole("button", { name: "Compare with the solution" })).toHaveAttribute("aria-pressed", "true");

  const { violations } = await new AxeBuilder({ page }).include("[data-exercise]").withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  expect(violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});

test("hints come one at a time", async ({ page }) => {
  await page.goto(lesson);
  const item = exercise(page, take.title);
  const hints = item.locator("[data-hint]");
  await expect(hints.first()).toBeHidden();
  await item.getByRole("button", { name: /Show a hint/ }).click();
  await expect(hints.nth(0)).toBeVisible();
  await expect(hints.nth(1)).toBeHidden();
  await item.getByRole("button", { name: /Show a hint/ }).click();
  await expect(hints.nth(1)).toBeVisible();
  await expect(item.getByRole("button", { name: /Show a hint/ })).toBeDisabled();
});

test("a predict-the-output item is put in order by keyboard alone, and Run shows the real order against the guess", async ({ page }) => {
  await page.goto("lessons/sending-values/");
  const predict = page.locator("[data-predict]").filter({ has: page.getByRole("heading", { name: "Where does the first value go?" }) });
  const list = predict.getByRole("list", { name: "Your predicted order" });
  const lines = () => list.locator(":scope > li").evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.line));
  const answer = ["started", "ready", "heard two", "ready"];
  expect(await lines()).not.toEqual(answer);

  // Keyboard only: focus a line, Alt+↑ / Alt+↓ moves it (a simple insertion sort by keys).
  for (let target = 0; target < answer.length; target++) {
    const order = await lines();
    const from = order.findIndex((line, i) => i >= target && line === answer[target]);
    await list.locator(":scope > li").nth(from).focus();
    for (let step = from; step > target; step--) await page.keyboard.press("Alt+ArrowUp");
    await expect(list.locator(":scope > li").nth(target)).toBeFocused();
  }
  expect(await lines()).toEqual(answer);
  await expect(predict.locator("[data-predict-result]")).toContainText("is now line");

  await predict.getByRole("button", { name: "Run", exact: true }).focus();
  await page.keyboard.press("Enter");
  await expect(predict.locator("[data-predict-result]")).toHaveText("All 4 lines in the right order.", { timeout: 30_000 });
  await expect(list.getByText("✓ right")).toHaveCount(4);

  const { violations } = await new AxeBuilder({ page }).include("[data-predict]").withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  expect(violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});

test("the home page counts each lesson's solved exercises, after a reload too", async ({ page }) => {
  await page.goto("");
  const generators = page.locator("[data-lesson-item=generators]");
  await expect(generators.locator("[data-lesson-practice]")).toHaveText("0 of 3 exercises solved");
  await page.evaluate(() => localStorage.setItem("interleave:solved", JSON.stringify({ "generators/take": 1, "generators/fibonacci": 2 })));
  await page.reload();
  await expect(generators.locator("[data-lesson-practice]")).toHaveText("2 of 3 exercises solved");
});

test("in the deck, an exercise slide shows task and starter, Check runs live, and the presenter's notes hold the solution", async ({ page, context }) => {
  await page.goto("lessons/generators/slides/");
  const slide = await page.evaluate(() => [...document.querySelectorAll("[data-canvas] > .slide")].findIndex((s) => s.querySelector("[data-exercise]")) + 1);
  expect(slide).toBeGreaterThan(0);
  await page.close();
  const { audience, presenter } = await openTalk(context, "generators", `#${slide}`);
  const onStage = currentSlide(audience).locator("[data-exercise]");
  await expect(onStage.getByRole("heading", { name: take.title })).toBeVisible();
  await expect(onStage.locator("[data-playground] [data-code-view]")).toContainText("Your code here");
  await expect(presenter.locator("[data-presenter-notes]")).toContainText("if (--count === 0) return;");

  await onStage.getByRole("button", { name: "Check" }).click();
  await expect(onStage.getByRole("status", { name: "Check results" })).toContainText(/\d of \d checks pass/, verdictArrives);
  await expect(onStage.locator("[data-verdict=fail]").first()).toBeVisible();
});

test("in the deck, a speaker's correct solution turns Check green, and the mark survives reload", async ({ page }) => {
  await page.goto("lessons/generators/slides/");
  const slide = await page.evaluate(() => [...document.querySelectorAll("[data-canvas] > .slide")].findIndex((s) => s.querySelector("[data-exercise]")) + 1);
  // The speaker's code, kept like an edit to any example.
  await page.evaluate((code) => localStorage.setItem("interleave:code:generators/exercise-take", code), take.solution);
  await page.goto(`lessons/generators/slides/#${slide}`);
  const onStage = currentSlide(page).locator("[data-exercise]");
  await onStage.getByRole("button", { name: "Check" }).click();
  await expect(onStage.getByRole("status", { name: "Check results" })).toContainText("checks pass. Solved!", verdictArrives);
  await page.reload();
  await expect(currentSlide(page).locator("[data-exercise]").getByText("Solved", { exact: true })).toBeVisible();
  const { violations } = await new AxeBuilder({ page }).include("[data-canvas] > .slide[data-current]").withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  expect(violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});

test("bad answers are handled like bad code elsewhere: an infinite loop is stopped and reported, a syntax error is marked", async ({ page }) => {
  await openWithCode(page, lesson, "generators/exercise-take", take.starter.replace("// Your code here: yield the first `count` items, then stop.", "while (true) {}"));
  const item = exercise(page, take.title);
  await item.getByRole("button", { name: "Check" }).click();
  const verdicts = item.getByRole("status", { name: "Check results" });
  await expect(verdicts.locator("[data-verdict=fail]").filter({ hasText: "finishes before the time limit" })).toContainText("infinite loop", verdictArrives);

  await openWithCode(page, lesson, "generators/exercise-take", take.starter.replace("function* take<T>(", "function* take<T>(("));
  const broken = exercise(page, take.title);
  await broken.getByRole("button", { name: "Check" }).click();
  await expect(broken.getByRole("status", { name: "Check results" })).toContainText("Your code did not run", verdictArrives);
  await expect(broken.getByRole("log", { name: "Output" })).toContainText(/Syntax error.*line 9/);
});
