import { whenIdle } from "../lib/idle";
import { warmCompiler } from "./compiler/warm";
import { originalHtml, showPlainCode } from "./code-view";
import { loadEdit, openShared } from "./saved-code";
import { showVersionChoice } from "./version-choice";
import { readShareFragment } from "./share-link";
import { once } from "../lib/once";
import { reflectPythonKept } from "./python-kept";

type Controller = typeof import("./controller");
let controller: Controller | undefined;

/** The heavy part (sandbox, output, timeline) loads on the first sign that a reader wants it. */
const loadController = once(() => import("./controller").then((module) => (controller = module)));

/** Pointing at or pressing Edit starts Monaco's download at once, not one controller download later; true when it did. */
function preloadEditorFor(target: Element): boolean {
  if (!target.closest('[data-action="edit"]')) return false;
  void import("./editor").then(({ preloadEditor }) => preloadEditor());
  return true;
}

/** Shows each example's saved edit, or the code a shared link carries, in place of the lesson's. */
function restoreCode(figures: HTMLElement[]): void {
  const shared = readShareFragment(location.hash);
  for (const figure of figures) {
    const id = figure.dataset.id ?? "";
    if (shared?.id === id) {
      openSharedCode(figure, shared.code);
      continue;
    }
    const edit = loadEdit(id);
    if (edit === undefined) continue;
    showPlainCode(figure.querySelector<HTMLElement>("[data-code-view]")!, edit);
    figure.dataset.edited = "saved";
  }
}

/** The static block shows `code`: the lesson's own, highlighted, or an edit as plain lines. */
function showStaticCode(figure: HTMLElement, code: string): void {
  const view = figure.querySelector<HTMLElement>("[data-code-view]")!;
  if (code !== figure.dataset.code) return showPlainCode(view, code);
  const original = originalHtml(view);
  if (original !== undefined) view.innerHTML = original;
  delete figure.dataset.edited;
}

/** Puts a shared link's code in its example, where the next Run runs it. */
function openSharedCode(figure: HTMLElement, code: string): void {
  const id = figure.dataset.id ?? "";
  // A shared link never overwrites the reader's own edit: theirs is kept, one click away.
  if (openShared(id, code, figure.dataset.code ?? "")) showVersionChoice(figure);
  // An example already in use (perhaps in Monaco) takes the code through its own document.
  if (!controller?.showCode(figure, code)) showStaticCode(figure, code);
  if (code !== figure.dataset.code) figure.dataset.edited = "shared";
  figure.scrollIntoView({ block: "center" });
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
    const shared = readShareFragment(location.hash);
    const figure = shared && figures.find((candidate) => candidate.dataset.id === shared.id);
    if (figure) openSharedCode(figure, shared.code);
  });
  const onIntent = (event: Event) => {
    const target = event.target;
    if (!(target instanceof Element) || !target.closest("[data-playground], [data-compare]")) return;
    const warm = () => void loadController().then((module) => module.warm(target));
    // Pointing at Edit: the sandbox's frame waits until the editor takes typing, not racing Monaco's start.
    if (preloadEditorFor(target)) void import("./editor/editor-shown").then(({ whenEditorShown }) => whenEditorShown()).then(warm);
    else warm();
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
