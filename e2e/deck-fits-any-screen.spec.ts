import { expect, test } from "@playwright/test";
import { lessonFiles } from "./support/lessons";

const [lesson] = lessonFiles();
const screens = [
  { name: "a 1080p projector", width: 1920, height: 1080 },
  { name: "a 1366×768 laptop", width: 1366, height: 768 },
  { name: "a 4:3 projector", width: 1024, height: 768 },
  { name: "a phone in landscape", width: 844, height: 390 },
];

for (const screen of screens) {
  test(`the whole slide is visible with no scrollbar on ${screen.name}`, async ({ browser }) => {
    const page = await browser.newPage({ viewport: { width: screen.width, height: screen.height } });
    for (const slide of [1, 3]) {
      await page.goto(`lessons/${lesson!.slug}/slides/#${slide}`);
      const current = page.locator(".slide[data-current]");
      await expect(current).toBeVisible();
      const box = (await current.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(-1);
      expect(box.y).toBeGreaterThanOrEqual(-1);
      expect(box.x + box.width).toBeLessThanOrEqual(screen.width + 1);
      expect(box.y + box.height).toBeLessThanOrEqual(screen.height + 1);
      const scroll = await page.evaluate(() => {
        const root = document.scrollingElement!;
        return { x: root.scrollWidth - root.clientWidth, y: root.scrollHeight - root.clientHeight };
      });
      expect(scroll).toEqual({ x: 0, y: 0 });
    }
    await page.close();
  });
}
