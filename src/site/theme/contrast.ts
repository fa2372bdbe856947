import type { ContrastSwitch } from "../../deck/api";
import { applyTheme, chooseTheme, storedTheme, themeKey, type Theme } from "./choice";

/** The deck's high-contrast switch over the reader's theme choice: off brings back the theme chosen before. */
export function highContrastSwitch(): ContrastSwitch {
  let before: Theme | undefined;
  return {
    isOn: () => storedTheme() === "high-contrast",
    set(on) {
      const now = storedTheme();
      if (on === (now === "high-contrast")) return;
      if (on) before = now;
      chooseTheme(on ? "high-contrast" : before);
    },
    onChange(listener) {
      const onStorage = (event: StorageEvent) => {
        if (event.key !== themeKey) return;
        applyTheme(storedTheme());
        listener();
      };
      addEventListener("storage", onStorage);
      return () => removeEventListener("storage", onStorage);
    },
  };
}
