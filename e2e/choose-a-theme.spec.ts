import { expect, test } from "@playwright/test";

const background = (page: import("@playwright/test").Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
const themeChoice = (page: import("@playwright/test").Page) => page.getByRole("combobox", { name: "Theme" });

test("the theme follows the system until the reader chooses one", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto("./");
  await expect(themeChoice(page)).toHaveValue("");
  expect(await background(page)).toBe("rgb(17, 19, 24)");
  await page.emulateMedia({ colorScheme: "light" });
  expect(await background(page)).toBe("rgb(251, 250, 247)");
});

test("a chosen theme (high contrast) applies at once, is kept across pages, and is there before first paint", async ({ page }) => {
  await page.goto("./");
  await themeChoice(page).selectOption({ label: "High contrast" });
  await expect(page.locator("html")).toHaveAttribute("data-theme", "high-contrast");
  expect(await background(page)).toBe("rgb(0, 0, 0)");

  // Before any module script runs, the inline head script has already applied the choice.
  await page.addInitScript(() => {
    document.addEventListener("readystatechange", () => {
      if (document.readyState === "interactive") (window as unknown as { themeAtParse: string }).themeAtParse = document.documentElement.dataset.theme ?? "";
    }, { once: true });
  });
  await page.goto("lessons/generators/");
  expect(await page.evaluate(() => (window as unknown as { themeAtParse: string }).themeAtParse)).toBe("high-contrast");
  await expect(themeChoice(page)).toHaveValue("high-contrast");

  await themeChoice(page).selectOption({ label: "Auto theme" });
  await expect(page.locator("html")).not.toHaveAttribute("data-theme", /./);
  expect(await page.evaluate(() => localStorage.getItem("interleave:theme"))).toBeNull();
});

test("reduced motion is honoured: no transitions or animations run", async ({ page }) => {
  await page.emulateMedia({ reducedMotion: "reduce" });
  await page.goto("./");
  const duration = await page.evaluate(() => getComputedStyle(document.querySelector(".button")!).transitionDuration);
  expect(parseFloat(duration)).toBeLessThan(0.001);
});
