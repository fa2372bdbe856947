// Lighthouse on every lesson's article page, desktop and mobile presets, in the system Chromium:
// performance (desktop 1.00, mobile ≥ 0.95), accessibility 1.00, best practices 1.00.
import lighthouse, { desktopConfig } from "lighthouse";
import { launch } from "chrome-launcher";
import { chromiumArgs, chromiumPath } from "../browser-path.mjs";
import { atLeast, failed, score } from "./figure.mjs";

const categories = ["performance", "accessibility", "best-practices"];
const budgets = {
  desktop: { performance: 1, accessibility: 1, "best-practices": 1 },
  mobile: { performance: 0.95, accessibility: 1, "best-practices": 1 },
};

/** Audits that cost points on a category, for the note beside a miss. */
function losses(result, category) {
  return result.categories[category].auditRefs
    .filter((ref) => ref.weight > 0)
    .map((ref) => result.audits[ref.id])
    .filter((audit) => audit.score !== null && audit.score < 1)
    .map((audit) => `${audit.id}${audit.displayValue ? ` ${audit.displayValue}` : ""}`)
    .slice(0, 3)
    .join(", ");
}

export default {
  name: "lighthouse",
  async run({ site, lessons, log }) {
    const chrome = await launch({
      chromePath: process.env.CHROME_PATH ?? chromiumPath() ?? undefined,
      chromeFlags: ["--headless=new", "--no-sandbox", ...chromiumArgs],
    });
    try {
      const figures = [];
      for (const preset of ["desktop", "mobile"]) {
        // Worst score per category across lessons, and where it happened.
        const worst = Object.fromEntries(categories.map((category) => [category, { score: 2, where: "" }]));
        for (const { slug } of lessons) {
          const flags = { port: chrome.port, output: "json", logLevel: "error", onlyCategories: categories };
          const runner = await lighthouse(site.url(`lessons/${slug}/`), flags, preset === "desktop" ? desktopConfig : undefined);
          const result = runner.lhr;
          for (const category of categories) {
            const value = result.categories[category].score ?? 0;
            if (value < worst[category].score) worst[category] = { score: value, where: value < 1 ? `${slug}: ${losses(result, category)}` : "" };
          }
          log?.(`lighthouse ${preset} ${slug}: ${categories.map((c) => `${c} ${score(result.categories[c].score ?? 0)}`).join(", ")}`);
        }
        for (const category of categories) {
          const { score: value, where } = worst[category];
          figures.push(atLeast("lighthouse", `${category}, ${preset} (worst of ${lessons.length} articles)`, value, budgets[preset][category], score, where));
        }
      }
      return figures;
    } catch (error) {
      return [failed("lighthouse", "Lighthouse on every article", "scores", error)];
    } finally {
      chrome.kill();
    }
  },
};
