/** The localStorage key Base.astro's inline script reads before first paint (the deck's C key writes it too). */
export const themeKey = "interleave:theme";
export const themes = ["light", "dark", "high-contrast"] as const;
export type Theme = (typeof themes)[number];

const isTheme = (value: string | null): value is Theme => themes.includes(value as Theme);

/** The reader's stored choice (undefined: follow the system). */
export function storedTheme(): Theme | undefined {
  try {
    const value = localStorage.getItem(themeKey);
    return isTheme(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

/** Shows a theme (undefined = follow the system) on <html>. */
export function applyTheme(theme: Theme | undefined): void {
  if (theme) document.documentElement.dataset.theme = theme;
  else delete document.documentElement.dataset.theme;
}

/** Applies a theme and stores the choice. */
export function chooseTheme(theme: Theme | undefined): void {
  applyTheme(theme);
  try {
    if (theme) localStorage.setItem(themeKey, theme);
    else localStorage.removeItem(themeKey);
  } catch {
    // Storage off: the choice lasts until the page closes.
  }
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
