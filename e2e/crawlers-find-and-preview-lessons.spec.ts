import { expect, test } from "@playwright/test";
import { lessonFiles, portuguesePublished } from "./support/lessons";

const lessons = lessonFiles();
const pagesOf = (prefix: string) => [`/${prefix}`, ...lessons.flatMap(({ slug }) => [`/${prefix}lessons/${slug}/`, `/${prefix}lessons/${slug}/slides/`])];

test("the sitemap lists the home page and every lesson as article and deck", async ({ request }) => {
  const response = await request.get("sitemap.xml");
  expect(response.headers()["content-type"]).toContain("xml");
  const locations = [...(await response.text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, url]) => new URL(url!).pathname);
  expect(locations).toEqual([...pagesOf(""), ...(portuguesePublished ? pagesOf("pt-br/") : [])]);
});

test("every lesson has its own title, description and Open Graph card (a 1200×630 PNG)", async ({ page, request }) => {
  const titles = new Set<string>();
  for (const lesson of lessons) {
    await page.goto(`lessons/${lesson.slug}/`);
    const title = await page.title();
    expect(title).toContain(lesson.title);
    titles.add(title);
    await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", /.{20,}/);
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", title);
    await expect(page.locator('meta[property="og:type"]')).toHaveAttribute("content", "article");
    const image = await page.locator('meta[property="og:image"]').getAttribute("content");
    expect(new URL(image!).pathname).toBe(`/og/${lesson.slug}.png`);
    const png = await (await request.get(new URL(image!).pathname.slice(1))).body();
    expect(png.subarray(1, 4).toString()).toBe("PNG");
    // IHDR: width and height, big-endian, at bytes 16 and 20.
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  }
  expect(titles.size).toBe(lessons.length);
});

test("a Portuguese lesson's preview card is its own, in Portuguese", async ({ page, request }) => {
  test.skip(!portuguesePublished, "the pt-BR edition is not published in this build");
  const [lesson] = lessonFiles("lessons-pt-br");
  await page.goto(`pt-br/lessons/${lesson!.slug}/`);
  await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute("content", "pt_BR");
  const image = await page.locator('meta[property="og:image"]').getAttribute("content");
  expect(new URL(image!).pathname).toBe(`/pt-br/og/${lesson!.slug}.png`);
  const english = await (await request.get(`og/${lesson!.slug}.png`)).body();
  const portuguese = await (await request.get(new URL(image!).pathname.slice(1))).body();
  expect(portuguese.subarray(1, 4).toString()).toBe("PNG");
  expect(portuguese.equals(english), "the card is drawn from the translation, not copied").toBe(false);
});
