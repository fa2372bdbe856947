import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { lessonFiles, portuguesePublished } from "./support/lessons";
import { en } from "../src/lib/i18n/en";
import { ptBR } from "../src/lib/i18n/pt-br";

const lessonsIn = (tree: string) => readdirSync(join(import.meta.dirname, "../content", tree)).filter((name) => /^\d\d-.*\.mdx$/.test(name));
// The pt-BR edition is published once every English lesson has its translation (or the site was built with EDITIONS=all).
const published = portuguesePublished;
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

/** Every visible text outside code — text nodes, short elements' whole text, and names — on the page (runs in the page). */
function shownTexts(): string[] {
  // Code, what programs print, titles cited, and words marked as another language (the switcher's "English") are not UI strings in Portuguese.
  const skip = "pre, code, kbd, samp, cite, script, style, template, .monaco-editor, .pg-line:not(.pg-status-line), :lang(en)";
  const seen = (element: Element) => !element.closest(skip) && element.checkVisibility({ visibilityProperty: true, checkVisibilityCSS: true } as CheckVisibilityOptions);
  const texts: string[] = [];
  const tidy = (text: string | null | undefined) => (text ?? "").replace(/\s+/g, " ").trim();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) if (node.parentElement && seen(node.parentElement)) texts.push(tidy(node.nodeValue));
  for (const element of document.body.querySelectorAll("*")) {
    if (!seen(element)) continue;
    for (const name of ["aria-label", "title", "placeholder", "aria-valuetext", "aria-description", "aria-roledescription"]) texts.push(tidy(element.getAttribute(name)));
    // A string split over a few nodes ("Show a hint (1 of 3)"): the element's whole text.
    if (element.children.length > 0 && element.children.length < 4 && !element.querySelector(skip)) texts.push(tidy(element.textContent).slice(0, 300));
  }
  return texts.filter(Boolean);
}

test.describe("once the Portuguese edition is published", () => {
  test.skip(!published, "the pt-BR edition is incomplete, so it is not built");
  const translatedFiles = lessonsIn("lessons-pt-br");
  const translatedSlugs = translatedFiles.map((name) => name.replace(/^\d\d-/, "").replace(/\.mdx$/, ""));
  const ptSource = (slug: string) => readFileSync(join(import.meta.dirname, "../content/lessons-pt-br", translatedFiles[translatedSlugs.indexOf(slug)]!), "utf8");
  // A translated lesson with exercises, for the Check journey (else any translated one).
  const translated =
    lessonFiles().find((file) => translatedSlugs.includes(file.slug) && ptSource(file.slug).includes("<Exercise")) ??
    lessonFiles().find((file) => translatedSlugs.includes(file.slug)) ??
    lesson!;
  // English UI strings a pt-BR page must not show (those the same in both languages are allowed).
  const english = Object.entries(en).filter(([key, text]) => ptBR[key as keyof typeof en] !== text).map(([, text]) => text.trim());
  // The same strings as patterns, so a filled-in one ("Step 2 of 3") is caught too: {name} stands for anything.
  const englishPatterns = english
    // Enough words of its own to tell it from prose ("{first} and {second}" alone would match a talk's title).
    .filter((text) => (text.replace(/\{\w+\}/g, "").match(/[A-Za-z]/g) ?? []).length >= 6)
    .map((text) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\\\{\w+\\\}/g, ".+")}$`));
  // Exact strings anywhere; filled-in patterns only on short texts (a paragraph of prose is not a UI string).
  const englishOn = async (page: Page) =>
    (await page.evaluate(shownTexts)).filter((text) => english.includes(text) || (text.length <= 160 && englishPatterns.some((pattern) => pattern.test(text))));
  const say = (key: keyof typeof en) => ptBR[key];

  test("the Portuguese home page speaks Portuguese and links to the English one", async ({ page }) => {
    await page.goto("pt-br/");
    await expect(page.locator("html")).toHaveAttribute("lang", "pt-BR");
    await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute("content", "pt_BR");
    const shown = await page.locator("body").evaluate((body) => [
      ...(body as HTMLElement).innerText.split("\n").map((line) => line.trim()),
      ...[...body.querySelectorAll("[aria-label], [title], [placeholder]")].flatMap((el) => ["aria-label", "title", "placeholder"].map((name) => el.getAttribute(name) ?? "")),
    ]);
    expect(shown.filter((text) => text && english.includes(text))).toEqual([]);
    expect(await englishOn(page)).toEqual([]);
    await page.getByRole("link", { name: "English" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
  });

  test("no translated lesson's article or deck shows an English UI string on arrival", async ({ page }) => {
    test.setTimeout(180_000);
    for (const slug of translatedSlugs) {
      for (const path of [`pt-br/lessons/${slug}/`, `pt-br/lessons/${slug}/slides/`]) {
        await page.goto(path);
        await expect(page.locator("html")).toHaveAttribute("lang", "pt-BR");
        expect(await englishOn(page), path).toEqual([]);
      }
    }
  });

  test.describe("on a translated lesson", () => {
    test.skip(!translatedSlugs.includes(translated.slug), "no lesson is translated yet");
    const article = `pt-br/lessons/${translated.slug}/`;
    const deck = `${article}slides/`;
    const presenter = `${article}presenter/`;

    /** The first example of the page (or the deck's current slide) with its own Executar button. */
    const firstExample = (page: Page) =>
      page.locator("[data-playground]:visible").filter({ has: page.getByRole("button", { name: say("example.run"), exact: true }) }).first();

    /** Moves the deck to its first slide holding a runnable example. */
    async function toFirstExampleSlide(page: Page): Promise<void> {
      await page.goto(deck);
      const slide = await page.locator("[data-canvas] > .slide").evaluateAll((slides) => slides.findIndex((slide) => slide.querySelector('[data-playground]:not([data-language=python]) [data-action="run"]')));
      if (slide >= 0) await page.goto(`${deck}#${slide + 1}`);
      await expect(page.locator(".slide[data-current]")).toHaveCount(1);
    }

    test("switching language on a deck slide lands on the same slide", async ({ page }) => {
      await page.goto(`lessons/${translated.slug}/slides/#4`);
      await page.getByRole("link", { name: "Português (Brasil)" }).click();
      await expect(page).toHaveURL(new RegExp(`/pt-br/lessons/${translated.slug}/slides/#4$`));
      await expect(page.locator("html")).toHaveAttribute("lang", "pt-BR");
      await expect(page.locator(".slide[data-current]")).toHaveCount(1);
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

    test("an example run in Portuguese prints the translation's promised output, with a Portuguese status line", async ({ page }) => {
      await page.goto(article);
      const figure = page.locator("[data-playground]:visible").filter({ has: page.locator(".pg-expected pre") }).filter({ has: page.getByRole("button", { name: say("example.run"), exact: true }) }).first();
      const promised = (await figure.locator(".pg-expected pre").textContent({ timeout: 5_000 }))?.trim() ?? "";
      await figure.getByRole("button", { name: say("example.run"), exact: true }).click();
      const output = figure.locator("[data-output]");
      await expect(output.locator(".pg-status-line")).toHaveText(/^concluído em \d+,\d\d s$/, { timeout: 30_000 });
      await expect(output).toHaveAccessibleName(say("example.output"));
      const printed = await output.locator(".pg-line:not(.pg-status-line) .pg-text").allTextContents();
      expect(printed.join("\n").trim()).toBe(promised);
    });

    test("no English UI string on a pt-BR article after Run, Trace, search and an exercise's Check", async ({ page }) => {
      test.setTimeout(120_000);
      await page.goto(article);
      const figure = firstExample(page);
      await figure.getByRole("button", { name: say("example.run"), exact: true }).click();
      await expect(figure.locator("[data-output] .pg-status-line")).toHaveText(/^concluído em /, { timeout: 30_000 });
      await figure.getByRole("button", { name: say("example.trace"), exact: true }).click();
      await expect(figure.locator("[data-trace-panel] .trace-notice")).toContainText(/passos gravados/, { timeout: 30_000 });
      await figure.locator("[data-trace-panel] details.trace-text > summary").click();
      await figure.getByRole("button", { name: say("trace.forwardLabel") }).click();
      expect(await englishOn(page), "after Run and Trace").toEqual([]);

      const exercise = page.locator("[data-exercise]").first();
      if ((await exercise.count()) > 0) {
        await exercise.getByRole("button", { name: say("exercise.check"), exact: true }).click();
        await expect(exercise.locator(".ex-summary")).toBeVisible({ timeout: 30_000 });
        await expect(exercise.locator("[data-verdicts]")).toContainText(/termina antes do tempo limite/);
        expect(await englishOn(page), "after Check").toEqual([]);
      }

      await page.keyboard.press("/");
      const search = page.getByRole("dialog", { name: say("search.heading") });
      await search.getByRole("searchbox", { name: say("search.label") }).fill(translated.slug.split("-")[0]!);
      await expect(search.getByRole("status")).not.toBeEmpty();
      expect(await englishOn(page), "with the search dialog open").toEqual([]);
    });

    test("no English UI string on a pt-BR deck after Run, Trace, the help overlay and the overview", async ({ page }) => {
      test.setTimeout(120_000);
      await toFirstExampleSlide(page);
      expect(await englishOn(page), "on arrival").toEqual([]);
      const figure = firstExample(page);
      await figure.getByRole("button", { name: say("example.run"), exact: true }).click();
      await expect(figure.locator("[data-output] .pg-status-line")).toHaveText(/^concluído em /, { timeout: 30_000 });
      await figure.getByRole("button", { name: say("example.trace"), exact: true }).click();
      await expect(figure.locator("[data-trace-panel] .trace-notice")).toContainText(/passos gravados/, { timeout: 30_000 });
      expect(await englishOn(page), "after Run and Trace").toEqual([]);
      await page.locator("body").click({ position: { x: 2, y: 2 } });
      await page.keyboard.press("?");
      await expect(page.getByRole("dialog", { name: say("keys.title") })).toBeVisible();
      expect(await englishOn(page), "with the help overlay open").toEqual([]);
      await page.keyboard.press("Escape");
      await expect(page.getByRole("dialog", { name: say("keys.title") })).toBeHidden();
      await page.keyboard.press("o");
      await expect(page.getByRole("dialog", { name: say("overview.title") })).toBeVisible();
      expect(await englishOn(page), "with the overview open").toEqual([]);
    });

    test("no English UI string in the pt-BR presenter window, nor once it runs an example", async ({ page }) => {
      await page.goto(presenter);
      await expect(page.locator("html")).toHaveAttribute("lang", "pt-BR");
      await expect(page.locator("[data-deck-peers]").first()).toHaveText(say("peers.audience.none"));
      expect(await englishOn(page), "on arrival").toEqual([]);
      await page.keyboard.press("ArrowDown");
      await page.keyboard.press("ArrowDown");
      await expect(page.locator("[data-presenter-next-caption]")).toHaveText(/^Próximo: /);
      await expect(page.locator("[data-pacing]")).not.toHaveText(say("timer.waiting"));
      expect(await englishOn(page), "after a slide change").toEqual([]);
      await page.keyboard.press("?");
      await expect(page.getByRole("dialog", { name: say("keys.title") })).toBeVisible();
      expect(await englishOn(page), "with the help overlay open").toEqual([]);
    });

    test("search in Portuguese finds a pt-BR lesson, and only pt-BR pages", async ({ page }) => {
      const word = wordOnlyIn(translated.slug);
      await page.goto("pt-br/");
      await page.keyboard.press("/");
      const search = page.getByRole("dialog", { name: say("search.heading") });
      await search.getByRole("searchbox", { name: say("search.label") }).fill(word);
      const results = search.getByRole("list", { name: say("search.results") });
      await expect(results.getByRole("link").first()).toHaveAttribute("href", new RegExp(`/pt-br/lessons/${translated.slug}/`));
      const hrefs = await results.locator("a").evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""));
      expect(hrefs.filter((href) => !href.includes("/pt-br/"))).toEqual([]);
      await expect(search.getByRole("status")).toContainText(word);
    });

    test("the pt-BR article, deck and presenter window have no WCAG A/AA violations", async ({ page }) => {
      test.setTimeout(120_000);
      for (const path of [article, deck, presenter]) {
        await page.goto(path);
        await expect(page.locator("html")).toHaveAttribute("lang", "pt-BR");
        const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
        expect(violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((node) => node.target.join(" ")).join(", ")}`), `axe on ${path}`).toEqual([]);
      }
    });

    test("reading, presenting and running in pt-BR ask only the site itself", async ({ page, context, baseURL }) => {
      test.setTimeout(120_000);
      const origin = new URL(baseURL!).origin;
      const foreign: string[] = [];
      context.on("request", (request) => {
        const url = request.url();
        if (!url.startsWith(origin) && !/^(data|blob|about):/.test(url)) foreign.push(url);
      });
      for (const path of ["pt-br/", article, presenter]) await page.goto(path, { waitUntil: "load" });
      await toFirstExampleSlide(page);
      const figure = firstExample(page);
      await figure.getByRole("button", { name: say("example.run"), exact: true }).click();
      await expect(figure.locator("[data-output] .pg-status-line")).toHaveText(/^concluído em /, { timeout: 30_000 });
      expect(foreign).toEqual([]);
    });
  });

  /** A word of a pt-BR lesson's prose that no other lesson (in either language) uses. */
  function wordOnlyIn(slug: string): string {
    const read = (tree: string) => lessonsIn(tree).map((name) => ({ tree, name, text: readFileSync(join(import.meta.dirname, "../content", tree, name), "utf8").toLowerCase() }));
    const all = [...read("lessons"), ...read("lessons-pt-br")];
    const own = all.find(({ tree, name }) => tree === "lessons-pt-br" && name.endsWith(`-${slug}.mdx`))!;
    const others = all.filter((file) => file !== own).map(({ text }) => text).join("\n");
    const prose = own.text.replace(/```[\s\S]*?```/g, " ").replace(/^---[\s\S]*?---/, " ").replace(/<[^>]*>/g, " ");
    const word = prose.match(/(?<![\p{L}\d_-])\p{L}{8,}(?![\p{L}\d_-])/gu)?.find((candidate) => /[ãõçáéíóúâêô]/.test(candidate) && !others.includes(candidate));
    if (!word) throw new Error(`pt-BR lesson ${slug} has no word of its own`);
    return word;
  }
});
