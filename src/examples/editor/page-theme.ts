/** Which colour scheme the page shows: the reader's choice (`<html data-theme>`), else the system's. */
export type PageTheme = "light" | "dark";

const darkQuery = "(prefers-color-scheme: dark)";

/** The page's current theme, read the way global.css decides it. */
export function currentPageTheme(root: HTMLElement = document.documentElement): PageTheme {
  const chosen = root.dataset.theme;
  if (chosen === "light" || chosen === "dark") return chosen;
  // The high-contrast theme is a dark one (global.css): code keeps shiki's dark high-contrast colours.
  if (chosen === "high-contrast") return "dark";
  return matchMedia(darkQuery).matches ? "dark" : "light";
}

/** The site's code background for the current theme (the --code-bg token), or undefined if not a plain colour. */
export function pageCodeBackground(root: HTMLElement = document.documentElement): string | undefined {
  const value = getComputedStyle(root).getPropertyValue("--code-bg").trim();
  return value.startsWith("#") ? longHex(value) : undefined;
}

/** The page's theme and code background, read together. */
export interface PageColours {
  theme: PageTheme;
  background: string | undefined;
}

/** A style read: cheap on a settled page, a whole-page restyle right after a stylesheet is added. */
export function readPageColours(root: HTMLElement = document.documentElement): PageColours {
  return { theme: currentPageTheme(root), background: pageCodeBackground(root) };
}

/** "#000" → "#000000": the CSS minifier shortens colours, and Monaco rejects a short one as a token colour. */
export function longHex(color: string): string {
  return /^#[0-9a-f]{3,4}$/i.test(color) ? `#${[...color.slice(1)].map((digit) => digit + digit).join("")}` : color;
}

/** Calls `onChange` whenever the page theme changes (reader's choice or system); returns the unsubscribe. */
export function watchPageTheme(onChange: (theme: PageTheme) => void, root: HTMLElement = document.documentElement): () => void {
  let last = currentPageTheme(root);
  const check = () => {
    const now = currentPageTheme(root);
    if (now !== last) onChange((last = now));
  };
  const media = matchMedia(darkQuery);
  media.addEventListener("change", check);
  const observer = new MutationObserver(check);
  observer.observe(root, { attributes: true, attributeFilter: ["data-theme"] });
  return () => {
    media.removeEventListener("change", check);
    observer.disconnect();
  };
}
