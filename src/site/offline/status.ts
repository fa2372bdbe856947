/** How ready the course is to work with no network. */
export type OfflineState = "saving" | "ready" | "unavailable";

import { pageLocale, t, type MessageKey } from "../../lib/i18n";

const words: Record<OfflineState, MessageKey> = {
  saving: "offline.saving",
  ready: "offline.ready",
  unavailable: "offline.unavailable",
};

const titles: Record<OfflineState, MessageKey> = {
  saving: "offline.savingTitle",
  ready: "offline.readyTitle",
  unavailable: "offline.unavailableTitle",
};

/** Shows `state` in every offline indicator on the page (src/site/components/OfflineStatus.astro). */
export function showOfflineState(state: OfflineState, root: ParentNode = document): void {
  const locale = pageLocale();
  for (const indicator of root.querySelectorAll<HTMLElement>("[data-offline-status]")) {
    indicator.dataset.state = state;
    indicator.title = t(locale, titles[state]);
    indicator.querySelector("[data-offline-text]")!.textContent = t(locale, words[state]);
    indicator.hidden = false;
  }
}
