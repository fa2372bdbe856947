// Screenshots of pages for a human look: node scripts/screenshot.mjs <url> <out.png> [width] [height] [dark]
import { chromium } from "@playwright/test";
import { chromiumArgs, chromiumPath } from "./browser-path.mjs";

const [url, out, width = "1366", height = "768", scheme = "light"] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
const page = await browser.newPage({ viewport: { width: Number(width), height: Number(height) }, colorScheme: scheme === "dark" ? "dark" : "light" });
await page.goto(url, { waitUntil: "networkidle" });
await page.screenshot({ path: out, fullPage: process.env.FULL === "1" });
await browser.close();
