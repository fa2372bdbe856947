// @ts-check
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import { unified } from "@astrojs/markdown-remark";
import remarkSlides from "./src/build/remark-slides";
import remarkComponents from "./src/build/remark-components";
import remarkCode from "./src/build/remark-code";
import remarkExercises from "./src/build/remark-exercises";
import rehypeHeadingAnchors from "./src/build/rehype-heading-anchors";
import interleave from "./src/build/interleave";
import { compileLessonChecks, compileLessonSnippet } from "./src/build/snippet-assets";
import { normalizeBase } from "./src/lib/paths";
import { monacoForExamples } from "./src/build/vite-plugins-monaco.ts";

// BASE_PATH=/course/ npm run build → a site that works when served under /course/.
const base = normalizeBase(process.env.BASE_PATH ?? "/");

export default defineConfig({
  base,
  trailingSlash: "always",
  build: { format: "directory" },
  devToolbar: { enabled: false },
  markdown: {
    // Our own shiki pass (src/build/highlight.ts) colours every fence, so code looks the same everywhere.
    syntaxHighlight: false,
    processor: unified({
      remarkPlugins: [
        remarkComponents,
        [
          remarkExercises,
          {
            compile: (/** @type {string} */ code) => compileLessonSnippet(code, base),
            compileChecks: (/** @type {string} */ source) => compileLessonChecks(source, base),
          },
        ],
        [remarkCode, { compile: (/** @type {string} */ code) => compileLessonSnippet(code, base) }],
        remarkSlides,
      ],
      rehypePlugins: [rehypeHeadingAnchors],
    }),
  },
  integrations: [mdx(), interleave()],
  // Monaco's CSS arrives with the editor (not render-blocking in every lesson's head), minus unused parts.
  vite: { plugins: [monacoForExamples()] },
});
