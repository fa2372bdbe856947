import { expect, test } from "@playwright/test";
import { lessonFiles } from "./support/lessons";

const lessons = lessonFiles();

test("the sitemap lists the home page and every lesson as article and deck", async ({ request }) => {
  const response = await request.get("sitemap.xml");
  expect(response.headers()["content-type"]).toContain("xml");
  const locations = [...(await response.text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, url]) => new URL(url!).pathname);
  expect(locations).toEqual(["/", ...lessons.flatMap(({ slug }) => [`/lessons/${slug}/`, `/lessons/${slug}/slides/`])]);
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
