import { expect, test, type Page } from "@playwright/test";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { lessonFiles } from "./support/lessons";
import { subPathOrigin } from "./support/offline";

const lessons = lessonFiles();
const sixth = lessons.find((lesson) => lesson.order === 6)!;

/** A word of lesson 6's prose that no other lesson uses: search must find lesson 6 by it. */
function wordOnlyIn(slug: string): string {
  const directory = join(import.meta.dirname, "../content/lessons");
  const files = readdirSync(directory).filter((name) => name.endsWith(".mdx"));
  const text = (name: string) => readFileSync(join(directory, name), "utf8").toLowerCase();
  const own = files.find((name) => name.endsWith(`-${slug}.mdx`))!;
  const others = files.filter((name) => name !== own).map(text).join("\n");
  const prose = text(own).replace(/```[\s\S]*?```/g, " ").replace(/^---[\s\S]*?---/, " ");
  const word = prose.match(/\b[a-z]{7,}\b/g)?.find((candidate) => !others.includes(candidate));
  if (!word) throw new Error(`Lesson ${slug} has no word of its own`);
  return word;
}

const dialog = (page: Page) => page.getByRole("dialog", { name: "Search the course" });

test("search finds a word from lesson 6, and the keyboard opens the result", async ({ page }) => {
  const word = wordOnlyIn(sixth.slug);
  await page.goto("./");
  await page.keyboard.press("/");
  await expect(dialog(page)).toBeVisible();
  const box = dialog(page).getByRole("searchbox", { name: "Search lessons" });
  await expect(box).toBeFocused();
  await box.fill(word);
  const results = dialog(page).getByRole("list", { name: "Search results" });
  await expect(results.getByRole("link").first()).toHaveText(sixth.title);
  await expect(dialog(page).getByRole("status")).toContainText(word);
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/lessons/${sixth.slug}/`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(sixth.title);
});

test("a result links to the lesson section that matched", async ({ page }) => {
  await page.goto(`lessons/${lessons[0]!.slug}/`);
  await page.keyboard.press("ControlOrMeta+k");
  await dialog(page).getByRole("searchbox").fill(wordOnlyIn(sixth.slug));
  const section = dialog(page).getByRole("list", { name: `Sections of ${sixth.title}` }).getByRole("link").first();
  await expect(section).toHaveAttribute("href", new RegExp(`/lessons/${sixth.slug}/#.+`));
  const name = (await section.textContent())!.trim();
  await section.click();
  await expect(page.getByRole("main").getByRole("heading", { level: 2, name })).toBeInViewport();
});

test("search loads nothing until it is opened, and Escape gives focus back", async ({ page }) => {
  const requests: string[] = [];
  page.on("request", (request) => requests.push(request.url()));
  await page.goto(`lessons/${lessons[1]!.slug}/`);
  await page.waitForLoadState("networkidle");
  expect(requests.filter((url) => url.includes("/pagefind/"))).toEqual([]);
  const opener = page.getByRole("button", { name: /Search/ });
  await opener.focus();
  await page.keyboard.press("Enter");
  await expect(dialog(page)).toBeVisible();
  await expect.poll(() => requests.some((url) => url.includes("/pagefind/pagefind.js"))).toBe(true);
  await page.keyboard.press("Escape");
  await expect(dialog(page)).toBeHidden();
  await expect(opener).toBeFocused();
});

test("a slash typed into the code editor stays in the code and does not open search", async ({ page }) => {
  await page.goto(`lessons/${lessons[1]!.slug}/`);
  const figure = page.locator("[data-playground]").first();
  await figure.getByRole("button", { name: "Edit", exact: true }).click();
  await expect(figure.getByRole("textbox", { name: /code editor/ })).toBeFocused({ timeout: 20_000 });
  await page.keyboard.press("ControlOrMeta+End");
  await page.keyboard.type("// a/b");
  await expect(figure.locator(".view-lines")).toContainText("a/b");
  await expect(dialog(page)).toBeHidden();
});

test("search under a sub-path links into the sub-path", async ({ page }) => {
  await page.goto(`${subPathOrigin}/course/`);
  await page.keyboard.press("/");
  await dialog(page).getByRole("searchbox").fill(wordOnlyIn(sixth.slug));
  await expect(dialog(page).getByRole("link", { name: sixth.title })).toHaveAttribute("href", `/course/lessons/${sixth.slug}/`);
});
