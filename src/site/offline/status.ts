/** How ready the course is to work with no network. */
export type OfflineState = "saving" | "ready" | "unavailable";

const words: Record<OfflineState, string> = {
  saving: "Saving for offline…",
  ready: "Ready offline",
  unavailable: "Not saved for offline",
};

const titles: Record<OfflineState, string> = {
  saving: "The whole course is downloading in the background so it works with no network.",
  ready: "Every lesson, example and the editor work with no network.",
  unavailable: "This browser could not save the course for offline use.",
};

/** Shows `state` in every offline indicator on the page (src/site/components/OfflineStatus.astro). */
export function showOfflineState(state: OfflineState, root: ParentNode = document): void {
  for (const indicator of root.querySelectorAll<HTMLElement>("[data-offline-status]")) {
    indicator.dataset.state = state;
    indicator.title = titles[state];
    indicator.querySelector("[data-offline-text]")!.textContent = words[state];
    indicator.hidden = false;
  }
}
