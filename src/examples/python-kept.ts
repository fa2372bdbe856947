import { pythonCacheName } from "../lib/site-files";

const KEPT = "Python kept for offline";

/** Shows every "Keep Python for offline" button on the page as done. */
export function showPythonKept(root: ParentNode = document): void {
  for (const button of root.querySelectorAll<HTMLButtonElement>('[data-action="keep-python"]')) {
    button.textContent = KEPT;
    button.disabled = true;
  }
}

/** On a page with Python originals, says at once whether the reader already kept Python (a cache lookup, no download). */
export function reflectPythonKept(root: Document): void {
  if (!root.querySelector('[data-action="keep-python"]') || typeof caches === "undefined") return;
  void caches.has(pythonCacheName).then((kept) => kept && showPythonKept(root), () => undefined);
}
