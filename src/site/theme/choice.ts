import { storedValue } from "../../lib/storage";

/** The localStorage key Base.astro's inline script reads before first paint (the deck's C key writes it too). */
export const themeKey = "interleave:theme";
export const themes = ["light", "dark", "high-contrast"] as const;
export type Theme = (typeof themes)[number];

const isTheme = (value: string | null): value is Theme => themes.includes(value as Theme);
const stored = storedValue<Theme>(themeKey, { parse: (text) => (isTheme(text) ? text : undefined), serialize: (theme) => theme });

/** The reader's stored choice (undefined: follow the system). */
export function storedTheme(): Theme | undefined {
  return stored.read();
}

/** Shows a theme (undefined = follow the system) on <html>. */
export function applyTheme(theme: Theme | undefined): void {
  if (theme) document.documentElement.dataset.theme = theme;
  else delete document.documentElement.dataset.theme;
}

/** Applies a theme and stores the choice. */
export function chooseTheme(theme: Theme | undefined): void {
  applyTheme(theme);
  // Storage off: the choice lasts until the page closes.
  if (theme) stored.write(theme);
  else stored.remove();
}

/** Wires a theme <select>: shows the stored choice, stores changes, follows changes made in other windows. */
export function bindThemeChoice(select: HTMLSelectElement): void {
  const show = () => (select.value = storedTheme() ?? "");
  show();
  select.addEventListener("change", () => chooseTheme(isTheme(select.value) ? select.value : undefined));
  addEventListener("storage", (event) => {
    if (event.key !== themeKey) return;
    applyTheme(storedTheme());
    show();
  });
}
