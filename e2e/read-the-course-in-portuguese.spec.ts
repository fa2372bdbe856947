import { readdirSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { lessonFiles } from "./support/lessons";
import { en } from "../src/lib/i18n/en";
import { ptBR } from "../src/lib/i18n/pt-br";

// The pt-BR edition is published once every English lesson has its translation (or the site was built with EDITIONS=all).
const lessonsIn = (tree: string) => readdirSync(join(import.meta.dirname, "../content", tree)).filter((name) => /^\d\d-.*\.mdx$/.test(name));
const complete = lessonsIn("lessons").every((file) => lessonsIn("lessons-pt-br").includes(file));
const published = complete || process.env.EDITIONS === "all";
const [lesson] = lessonFiles();

test.describe("while the Portuguese edition is incomplete", () => {
  test.skip(published, "the pt-BR edition is published in this build");

  test("no pt-BR page is built and no page links to one", async ({ page }) => {
    expect((await page.request.get("pt-br/")).status()).toBe(404);
    expect((await page.request.get(`pt-br/lessons/${lesson!.slug}/`)).status()).toBe(404);
    for (const path of ["", `lessons/${lesson!.slug}/`, `lessons/${lesson!.slug}/slides/`]) {
      await page.goto(path);
      await expect(page.locator("html")).toHaveAttribute("lang", "en");
      await expect(page.getByRole("link", { name: "Português (Brasil)" })).toHaveCount(0);
      await expect(page.locator('[hreflang], a[href*="/pt-br/"]')).toHaveCount(0);
    }
    const sitemap = await (await page.request.get("sitemap.xml")).text();
    expect(sitemap).not.toContain("/pt-br/");
  });
});

test.describe("once the Portuguese edition is published", () => {
  test.skip(!published, "the pt-BR edition is incomplete, so it is not built");
  const translatedSlugs = lessonsIn("lessons-pt-br").map((name) => name.replace(/^\d\d-/, "").replace(/\.mdx$/, ""));
  const translated = lessonFiles().find((file) => translatedSlugs.includes(file.slug)) ?? lesson!;
  // English UI strings a pt-BR page must not show (those the same in both languages are allowed).
  const english = Object.entries(en).filter(([key, text]) => ptBR[key as keyof typeof en] !== text).map(([, text]) => text.trim());

  test("the Portuguese home page speaks Portuguese and links to the English one", async ({ page }) => {
    await page.goto("pt-br/");
    await expect(page.locator("html")).toHaveAttribute("lang", "pt-BR");
    await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute("content", "pt_BR");
    const shown = await page.locator("body").evaluate((body) => [
      ...(body as HTMLElement).innerText.split("\n").map((line) => line.trim()),
      ...[...body.querySelectorAll("[aria-label], [title], [placeholder]")].flatMap((el) => ["aria-label", "title", "placeholder"].map((name) => el.getAttribute(name) ?? "")),
    ]);
    expect(shown.filter((text) => text && english.includes(text))).toEqual([]);
    await page.getByRole("link", { name: "English" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
  });

  test.describe("on a translated lesson", () => {
    test.skip(!translatedSlugs.includes(translated.slug), "no lesson is translated yet");

    test("switching language on a deck slide lands on the same slide", async ({ page }) => {
      await page.goto(`lessons/${translated.slug}/slides/#4`);
      await page.getByRole("link", { name: "Português (Brasil)" }).click();
      await expect(page).toHaveURL(new RegExp(`/pt-br/lessons/${translated.slug}/slides/#4$`));
      await expect(page.locator("html")).toHaveAttribute("lang", "pt-BR");
      await page.getByRole("link", { name: "English" }).click();
      await expect(page).toHaveURL(new RegExp(`/lessons/${translated.slug}/slides/#4$`));
    });

    test("switching language on an article lands on the same section, and the example speaks Portuguese", async ({ page }) => {
      await page.goto(`lessons/${translated.slug}/#slide-3`);
      await page.getByRole("link", { name: "Português (Brasil)" }).first().click();
      await expect(page).toHaveURL(new RegExp(`/pt-br/lessons/${translated.slug}/#slide-3$`));
      await expect(page.locator("link[rel=alternate][hreflang=en]")).toHaveCount(1);
      await page.getByRole("button", { name: "Executar" }).first().click();
      await expect(page.getByText(/^concluído em \d+,\d\d s$/).first()).toBeVisible();
    });
  });
});
