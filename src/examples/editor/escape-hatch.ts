const modifierKeys = new Set(["Shift", "Control", "Alt", "Meta"]);

/**
 * Esc then Tab (or Shift+Tab) leaves the editor: inside it Tab indents, so without this a
 * keyboard user is trapped. The Tab is hidden from Monaco (capture phase on the host) and left
 * to the browser, which moves focus on as usual. Monaco's own Ctrl+M toggle still works too.
 */
export function letEscapeThenTabLeave(host: HTMLElement): () => void {
  let armed = false;
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === "Escape") armed = true;
    else if (event.key === "Tab" && armed) {
      armed = false;
      event.stopPropagation();
    } else if (!modifierKeys.has(event.key)) armed = false;
  };
  host.addEventListener("keydown", onKeyDown, true);
  return () => host.removeEventListener("keydown", onKeyDown, true);
}
