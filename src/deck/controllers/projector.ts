import { isDeckKey } from "./keyboard";
import type { Deck } from "../core";
import { registerKeys } from "../keys";
import type { Controller } from "../types";
import { applyTheme, chooseTheme, storedTheme, themeKey, type Theme } from "../../site/theme/choice";

/** The deck's text size, as a factor of the designed size; shared by every window of every lesson. */
export const fontKey = "interleave:deck-font";
export const fontSizes = [0.8, 0.9, 1, 1.15, 1.3, 1.5] as const;

/** The font size one step from `current` (-1 smaller, +1 larger), staying on the scale. */
export function nextFontSize(current: number, direction: -1 | 1): number {
  const at = fontSizes.findIndex((size) => size >= current - 1e-9);
  const index = at < 0 ? fontSizes.length - 1 : at;
  return fontSizes[Math.min(Math.max(0, index + direction), fontSizes.length - 1)]!;
}

const read = (key: string) => {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
};
const write = (key: string, value: string) => {
  try {
    localStorage.setItem(key, value);
  } catch {
    // Storage off: the choice lasts until the page closes.
  }
};

/**
 * For the back of a room: a high-contrast theme toggle (C) and a text size control (+ / −) that
 * enlarges slide content inside the fixed 16:9 canvas (the fit logic shrinks a slide that would
 * overflow). Both are stored, and a `storage` event carries them to the other window of the talk.
 */
export function projectorController(deck: Deck): Controller {
  const contrastButtons = [...deck.root.querySelectorAll<HTMLButtonElement>("[data-deck-contrast]")];
  const smaller = [...deck.root.querySelectorAll<HTMLButtonElement>("[data-deck-font-smaller]")];
  const larger = [...deck.root.querySelectorAll<HTMLButtonElement>("[data-deck-font-larger]")];
  const sizeLabels = [...deck.root.querySelectorAll<HTMLElement>("[data-deck-font-size]")];
  let themeBefore: Theme | undefined;

  const font = () => Number(read(fontKey) ?? 1) || 1;
  const showFont = () => {
    const size = font();
    deck.root.style.setProperty("--deck-font", String(size));
    sizeLabels.forEach((label) => (label.textContent = `${Math.round(size * 100)}%`));
    smaller.forEach((button) => (button.disabled = size <= fontSizes[0]));
    larger.forEach((button) => (button.disabled = size >= fontSizes[fontSizes.length - 1]!));
  };
  const setFont = (direction: -1 | 1) => {
    write(fontKey, String(nextFontSize(font(), direction)));
    showFont();
  };
  const showTheme = () => {
    const theme = storedTheme();
    applyTheme(theme);
    contrastButtons.forEach((button) => button.setAttribute("aria-pressed", String(theme === "high-contrast")));
  };
  const toggleContrast = () => {
    const theme = storedTheme();
    if (theme === "high-contrast") chooseTheme(themeBefore);
    else {
      themeBefore = theme;
      chooseTheme("high-contrast");
    }
    showTheme();
  };
  const onStorage = (event: StorageEvent) => {
    if (event.key === fontKey) showFont();
    if (event.key === themeKey) showTheme();
  };
  const onKey = (event: KeyboardEvent) => {
    if (!isDeckKey(event)) return;
    const action = { c: toggleContrast, C: toggleContrast, "+": () => setFont(1), "=": () => setFont(1), "-": () => setFont(-1) }[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  };
  const onSmaller = () => setFont(-1);
  const onLarger = () => setFont(1);
  let unregister = () => {};
  return {
    bind: () => {
      showFont();
      showTheme();
      addEventListener("storage", onStorage);
      document.addEventListener("keydown", onKey);
      contrastButtons.forEach((button) => button.addEventListener("click", toggleContrast));
      smaller.forEach((button) => button.addEventListener("click", onSmaller));
      larger.forEach((button) => button.addEventListener("click", onLarger));
      unregister = registerKeys("Screen", [
        { keys: ["C"], action: "High-contrast theme on / off" },
        { keys: ["+", "−"], action: "Larger / smaller slide text" },
      ]);
    },
    destroy: () => {
      removeEventListener("storage", onStorage);
      document.removeEventListener("keydown", onKey);
      contrastButtons.forEach((button) => button.removeEventListener("click", toggleContrast));
      smaller.forEach((button) => button.removeEventListener("click", onSmaller));
      larger.forEach((button) => button.removeEventListener("click", onLarger));
      unregister();
    },
  };
}
