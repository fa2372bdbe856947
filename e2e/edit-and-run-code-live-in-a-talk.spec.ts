import { expect, test, type Locator, type Page } from "@playwright/test";
import { lessonFiles } from "./support/lessons";
import { currentSlide, openTalk } from "./support/talk";

const [lesson] = lessonFiles();
const slug = lesson!.slug;
// Monaco and the compiler load on first use, in both windows: give a busy machine time.
const loading = { timeout: 45_000 };
test.describe.configure({ timeout: 120_000 });

/** The first example on the slide on screen. */
const exampleOn = (page: Page) => currentSlide(page).locator("[data-playground]").first();
const output = (example: Locator) => example.getByRole("log", { name: /output/i });
/** The example's code as shown: Monaco's lines when an editor is open, else the static block. */
const shownCode = async (example: Locator) => {
  const editor = example.locator(".view-lines");
  const text = (await editor.count()) > 0 ? await editor.innerText() : await example.locator("[data-code-view]").innerText();
  return text.replaceAll("\u00a0", " ");
};

/** Opens both windows on the first slide of the lesson that has an example. */
async function openOnAnExample(page: Page, context: Parameters<typeof openTalk>[0]) {
  await page.goto(`lessons/${slug}/slides/`);
  const slide = await page.evaluate(() => {
    const slides = [...document.querySelectorAll("[data-canvas] > .slide")];
    return slides.findIndex((candidate) => candidate.querySelector("[data-playground]:not([data-compare] *)")) + 1;
  });
  expect(slide).toBeGreaterThan(0);
  await page.close();
  return openTalk(context, slug, `#${slide}`);
}

test("code typed in the presenter window appears on the projector, and its run shows there too", async ({ page, context }) => {
  const { audience, presenter } = await openOnAnExample(page, context);
  const mine = exampleOn(presenter);
  const theirs = exampleOn(audience);

  await mine.getByRole("button", { name: "Edit", exact: true }).click();
  await expect(mine.locator(".monaco-editor")).toBeVisible(loading);
  await presenter.keyboard.press("ControlOrMeta+A");
  await presenter.keyboard.insertText('console.log("typed on stage");\n');
  await presenter.keyboard.type("console.log(1 + 1);");
  await expect.poll(() => shownCode(theirs), loading).toContain("typed on stage");
  await expect.poll(() => shownCode(theirs), loading).toContain("console.log(1 + 1);");
  // The projector's copy took the text without taking the focus.
  expect(await audience.evaluate(() => document.activeElement?.closest(".monaco-editor"))).toBeNull();

  await mine.getByRole("button", { name: "Run", exact: true }).click();
  await expect(output(mine)).toContainText("typed on stage", loading);
  await expect(output(theirs)).toContainText("typed on stage", loading);
  await expect(output(theirs)).toContainText("2");
  await expect(output(theirs)).toContainText("done");
});

test("Run and Stop pressed on the projector happen in the presenter window too", async ({ page, context }) => {
  const { audience, presenter } = await openOnAnExample(page, context);
  const theirs = exampleOn(audience);
  const mine = exampleOn(presenter);
  /** The closing line of a run: exactly "stopped" when a person pressed Stop (not the time limit). */
  const closing = (example: Locator) => output(example).locator(".pg-status-line").last();

  await theirs.getByRole("button", { name: "Edit", exact: true }).click();
  await expect(theirs.locator(".monaco-editor")).toBeVisible(loading);
  await audience.keyboard.press("ControlOrMeta+A");
  await audience.keyboard.insertText('console.log("warming up");\n');
  await expect.poll(() => shownCode(mine), loading).toContain("warming up");
  // A first run loads the in-browser compiler in both windows, so the next run starts at once in each.
  await theirs.getByRole("button", { name: "Run", exact: true }).click();
  await expect(output(mine)).toContainText("warming up", loading);

  await theirs.getByRole("textbox", { name: /code editor/ }).focus();
  await audience.keyboard.press("ControlOrMeta+A");
  await audience.keyboard.insertText('console.log("spinning");\nwhile (true) {}\n');
  await expect.poll(() => shownCode(mine), loading).toContain("while (true)");
  await theirs.getByRole("button", { name: "Run", exact: true }).click();
  await expect(mine).toHaveAttribute("data-running", "", loading);
  await expect(output(mine)).toContainText("spinning");

  await theirs.getByRole("button", { name: "Stop", exact: true }).click();
  await expect(mine).not.toHaveAttribute("data-running");
  await expect(closing(mine)).toHaveText("stopped");
  await expect(closing(theirs)).toHaveText("stopped");
});
