import { expect, test } from "@playwright/test";
import { lessonFiles } from "./support/lessons";
import { sites } from "../playwright.config";

const [lesson] = lessonFiles();
const origin = `http://localhost:${sites.subPath.port}`;

test("the course built for /course/ works when served under that path", async ({ page }) => {
  const failures: string[] = [];
  page.on("response", (response) => {
    if (response.status() >= 400) failures.push(`${response.status()} ${response.url()}`);
  });
  await page.goto(`${origin}/course/`);
  await page.getByRole("link", { name: lesson!.title, exact: true }).click();
  await expect(page).toHaveURL(`${origin}/course/lessons/${lesson!.slug}/`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(lesson!.title);
  await page.getByRole("link", { name: "Present" }).click();
  await expect(page).toHaveURL(new RegExp(`^${origin}/course/lessons/${lesson!.slug}/slides/`));
  // A key pressed before the deck's script has started is nobody's to hear (it lost a press on a busy CI).
  await expect(page.locator("[data-deck][data-ready]")).toBeAttached();
  await page.keyboard.press("ArrowRight");
  await expect(page).toHaveURL(/#2$/);
  await page.getByRole("link", { name: "Interleave" }).click();
  await expect(page).toHaveURL(`${origin}/course/`);
  expect(failures).toEqual([]);
});
