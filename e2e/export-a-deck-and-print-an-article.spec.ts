import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { expect, test } from "@playwright/test";
import { deckSlideCount, lessonFiles, portuguesePublished } from "./support/lessons";

const [lesson] = lessonFiles();
const run = promisify(execFile);

/** Pages in a PDF, counted from its page objects (Chromium writes them uncompressed). */
const pageCount = (pdf: Buffer) => pdf.toString("latin1").match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;

test("npm run pdf writes one 16:9 page per slide, every step shown", async ({ baseURL }) => {
  test.setTimeout(150_000);
  const out = await mkdtemp(join(tmpdir(), "interleave-pdf-"));
  try {
    await run(process.execPath, ["scripts/pdf.mjs", "--url", baseURL!, "--only", lesson!.slug, "--out", out]);
    const pdf = await readFile(join(out, `${lesson!.slug}.pdf`));
    expect(pageCount(pdf)).toBe(deckSlideCount(lesson!));
    // 1280×720 CSS px is 960×540 pt.
    expect(pdf.toString("latin1")).toMatch(/\/MediaBox \[0 0 960 540\]/);
    // The Portuguese deck too, slide for slide, once that edition is published.
    if (portuguesePublished) expect(pageCount(await readFile(join(out, "pt-br", `${lesson!.slug}.pdf`)))).toBe(deckSlideCount(lesson!));
  } finally {
    await rm(out, { recursive: true, force: true });
  }
});

test("the print layout shows examples as code with their promised output, and no notes or toolbars", async ({ page }) => {
  await page.goto(`lessons/${lesson!.slug}/slides/?print`);
  await expect(page.locator("[data-print-ready]")).toBeAttached();
  await page.emulateMedia({ media: "print" });
  await expect(page.locator(".print-page")).toHaveCount(deckSlideCount(lesson!));
  const example = page.locator("[data-playground]").first();
  await expect(example.locator("pre.shiki")).toBeVisible();
  await expect(example.locator(".pg-expected pre")).toBeVisible();
  await expect(example.getByRole("toolbar")).toBeHidden();
  await expect(page.locator(".notes").first()).toBeHidden();
  await expect(page.getByRole("navigation", { name: "Slide controls" })).toBeHidden();
  await expect(page.locator(".step").first()).toBeVisible();
  const sizes = await page.locator(".print-page").evaluateAll((pages) => pages.map((node) => `${(node as HTMLElement).offsetWidth}x${(node as HTMLElement).offsetHeight}`));
  expect(new Set(sizes)).toEqual(new Set(["1280x720"]));
});

test("an article prints without toolbars, and never cuts a code block across pages", async ({ page }) => {
  await page.goto(`lessons/${lesson!.slug}/`);
  await page.emulateMedia({ media: "print" });
  await expect(page.locator(".site-header")).toBeHidden();
  await expect(page.locator(".pg-toolbar").first()).toBeHidden();
  await expect(page.locator(".toc")).toBeHidden();
  const breaks = await page.locator(".lesson-content pre").evaluateAll((blocks) => [...new Set(blocks.map((block) => getComputedStyle(block).breakInside))]);
  expect(breaks).toEqual(["avoid"]);
  await expect(page.locator(".pg-expected pre").first()).toBeVisible();
});
