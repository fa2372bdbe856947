import { siteBase } from "../../lib/paths";
import { isTypingTarget } from "../../lib/typing-target";

type SearchModule = typeof import("./dialog");
let loading: Promise<SearchModule> | undefined;


/** Opens the search dialog from its button, "/" or Ctrl/⌘+K; the search code loads on first open. */
export function bindSearch(root: Document): void {
  const dialog = root.querySelector<HTMLDialogElement>("[data-search-dialog]");
  if (!dialog) return;
  const open = () => {
    if (!dialog.open) dialog.showModal();
    loading ??= import("./dialog");
    void loading.then((module) => module.startSearch(dialog, siteBase));
  };
  root.querySelectorAll("[data-search-open]").forEach((button) => button.addEventListener("click", open));
  root.addEventListener("keydown", (event) => {
    const slash = event.key === "/" && !event.ctrlKey && !event.metaKey && !event.altKey;
    const commandK = event.key.toLowerCase() === "k" && (event.ctrlKey || event.metaKey) && !event.altKey;
    if ((!slash && !commandK) || isTypingTarget(event.target) || dialog.open) return;
    event.preventDefault();
    open();
  });
}
