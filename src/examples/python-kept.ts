import { pythonCacheName } from "../lib/site-files";
import { pageLocale, t } from "../lib/i18n";

/** Shows every "Keep Python for offline" button on the page as done. */
export function showPythonKept(root: ParentNode = document): void {
  for (const button of root.querySelectorAll<HTMLButtonElement>('[data-action="keep-python"]')) {
    button.textContent = t(pageLocale(button.ownerDocument), "python.kept");
    button.disabled = true;
  }
}

/** On a page with Python originals, says at once whether the reader already kept Python (a cache lookup, no download). */
export function reflectPythonKept(root: Document): void {
  if (!root.querySelector('[data-action="keep-python"]') || typeof caches === "undefined") return;
  void caches.has(pythonCacheName).then((kept) => kept && showPythonKept(root), () => undefined);
}
