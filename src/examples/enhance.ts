import { whenIdle } from "../lib/idle";
import { warmCompiler } from "./compiler/warm";
import { showPlainCode } from "./code-view";
import { loadEdit, openShared } from "./saved-code";
import { showVersionChoice } from "./version-choice";
import { readShareFragment } from "./share-link";
import { once } from "../lib/once";
import { reflectPythonKept } from "./python-kept";

/** The heavy part (sandbox, output, timeline) loads on the first sign that a reader wants it. */
const loadController = once(() => import("./controller"));

/** Pointing at or pressing Edit starts Monaco's download at once, not one controller download later. */
function preloadEditorFor(target: Element): void {
  if (target.closest('[data-action="edit"]')) void import("./editor").then(({ preloadEditor }) => preloadEditor());
}

/** Shows each example's saved edit, or the code a shared link carries, in place of the lesson's. */
function restoreCode(figures: HTMLElement[]): void {
  const shared = readShareFragment(location.hash);
  for (const figure of figures) {
    const id = figure.dataset.id ?? "";
    const isShared = shared?.id === id;
    // A shared link never overwrites the reader's own edit: theirs is kept, one click away.
    if (isShared && openShared(id, shared.code, figure.dataset.code ?? "")) showVersionChoice(figure);
    const edit = loadEdit(id);
    if (edit !== undefined) {
      showPlainCode(figure.querySelector<HTMLElement>("[data-code-view]")!, edit);
      figure.dataset.edited = isShared ? "shared" : "saved";
    }
    if (isShared) figure.scrollIntoView({ block: "center" });
  }
}

/**
 * Brings the page's examples to life with as little script as possible on first paint:
 * restores saved or shared edits, and hands every button press to the lazily loaded controller.
 */
export function enhancePlaygrounds(root: Document): void {
  const figures = [...root.querySelectorAll<HTMLElement>("[data-playground]")];
  if (figures.length === 0) return;
  restoreCode(figures);
  reflectPythonKept(root);
  // A speaker on stage will edit: on a deck, warm the compiler once the page is idle (never on an article's first paint).
  if (root.querySelector("[data-deck]")) {
    whenIdle(warmCompiler, 5000);
  }
  // A shared link pasted into a tab already on this page changes only the fragment.
  addEventListener("hashchange", () => {
    if (readShareFragment(location.hash)) restoreCode(figures);
  });
  const onIntent = (event: Event) => {
    const target = event.target;
    if (!(target instanceof Element) || !target.closest("[data-playground], [data-compare]")) return;
    preloadEditorFor(target);
    void loadController().then((module) => module.warm(target));
  };
  root.addEventListener("pointerover", onIntent, { passive: true });
  root.addEventListener("focusin", onIntent);
  root.addEventListener("click", (event) => {
    const button = event.target instanceof Element ? event.target.closest<HTMLElement>("[data-action]") : null;
    if (!button) return;
    preloadEditorFor(button);
    // `detail` counts clicks in a row: 2 is the second click of a double-click.
    const repeat = event.detail > 1;
    void loadController().then((module) => module.act(button, repeat));
  });
}
