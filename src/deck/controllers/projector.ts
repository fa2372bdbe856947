import type { Deck } from "../core";
import { storedTextSize } from "../text-size";
import type { Controller, ControllerFactory } from "../types";

/** The deck's text size, as a factor of the designed size; shared by every window of every lesson. */
const fontKey = "interleave:deck-font";
const fontSizes = [0.8, 0.9, 1, 1.15, 1.3, 1.5] as const;

/** How the page switches its high-contrast theme (the deck does not own themes); the layout passes it in. */
export interface ContrastSwitch {
  isOn(): boolean;
  /** Turns high contrast on, or back to the theme chosen before; stored, so other windows follow. */
  set(on: boolean): void;
  /** Calls back after another window changed the theme and this one shows it; returns the unsubscribe. */
  onChange(listener: () => void): () => void;
}

/**
 * For the back of a room: a high-contrast theme toggle (C) and a text size control (+ / −) that
 * enlarges slide content inside the fixed 16:9 canvas (the fit logic shrinks a slide that would
 * overflow). Both are stored, and a `storage` event carries them to the other window of the talk.
 */
export function projectorController(contrast?: ContrastSwitch): ControllerFactory {
  return (deck: Deck): Controller => {
    const contrastButtons = [...deck.root.querySelectorAll<HTMLButtonElement>("[data-deck-contrast]")];
    const smaller = [...deck.root.querySelectorAll<HTMLButtonElement>("[data-deck-font-smaller]")];
    const larger = [...deck.root.querySelectorAll<HTMLButtonElement>("[data-deck-font-larger]")];
    const sizeLabels = [...deck.root.querySelectorAll<HTMLElement>("[data-deck-font-size]")];
    const font = storedTextSize(fontKey, fontSizes, 1);
    let stopFollowing = () => {};

    const showFont = (size = font.read()) => {
      deck.root.style.setProperty("--deck-font", String(size));
      sizeLabels.forEach((label) => (label.textContent = `${Math.round(size * 100)}%`));
      smaller.forEach((button) => (button.disabled = font.isSmallest(size)));
      larger.forEach((button) => (button.disabled = font.isLargest(size)));
    };
    const setFont = (direction: -1 | 1) => showFont(font.step(font.read(), direction));
    const showContrast = () => contrastButtons.forEach((button) => button.setAttribute("aria-pressed", String(contrast?.isOn() ?? false)));
    const toggleContrast = () => {
      contrast?.set(!contrast.isOn());
      showContrast();
    };
    const onStorage = (event: StorageEvent) => event.key === fontKey && showFont();
    const onSmaller = () => setFont(-1);
    const onLarger = () => setFont(1);
    return {
      keys: {
        group: "keys.group.screen",
        bindings: [
          ...(contrast ? [{ keys: ["c", "C"], run: toggleContrast, help: { keys: ["C"], action: "keys.contrast" } }] : []),
          { keys: ["+", "="], run: () => setFont(1), help: { keys: ["+", "−"], action: "keys.textSize" } },
          { keys: ["-"], run: () => setFont(-1) },
        ],
      },
      bind: () => {
        showFont();
        showContrast();
        addEventListener("storage", onStorage);
        stopFollowing = contrast?.onChange(showContrast) ?? stopFollowing;
        if (contrast) contrastButtons.forEach((button) => button.addEventListener("click", toggleContrast));
        smaller.forEach((button) => button.addEventListener("click", onSmaller));
        larger.forEach((button) => button.addEventListener("click", onLarger));
      },
      destroy: () => {
        removeEventListener("storage", onStorage);
        stopFollowing();
        contrastButtons.forEach((button) => button.removeEventListener("click", toggleContrast));
        smaller.forEach((button) => button.removeEventListener("click", onSmaller));
        larger.forEach((button) => button.removeEventListener("click", onLarger));
      },
    };
  };
}
