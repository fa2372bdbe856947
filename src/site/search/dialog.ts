import { loadPagefind, type PagefindApi, type PagefindResultData } from "./pagefind-api";
import { resultsMarkup } from "./results";
import { pageLocale, t } from "../../lib/i18n";

const started = new WeakSet<HTMLDialogElement>();

/** Moves focus through the result links with the arrow keys (Tab works too). */
function bindArrowKeys(input: HTMLInputElement, list: HTMLElement): void {
  const links = () => [...list.querySelectorAll<HTMLAnchorElement>("a")];
  input.addEventListener("keydown", (event) => {
    if (event.key !== "ArrowDown") return;
    event.preventDefault();
    links()[0]?.focus();
  });
  list.addEventListener("keydown", (event) => {
    if (event.key !== "ArrowDown" && event.key !== "ArrowUp") return;
    const all = links();
    const at = all.indexOf(document.activeElement as HTMLAnchorElement);
    event.preventDefault();
    const next = at + (event.key === "ArrowDown" ? 1 : -1);
    if (next < 0) input.focus();
    else all[Math.min(next, all.length - 1)]?.focus();
  });
}

/** Wires the search dialog once: queries Pagefind as the reader types and lists lessons and their sections. */
export function startSearch(dialog: HTMLDialogElement, base: string): void {
  if (started.has(dialog)) return;
  started.add(dialog);
  const input = dialog.querySelector<HTMLInputElement>("[data-search-input]")!;
  const status = dialog.querySelector<HTMLElement>("[data-search-status]")!;
  const list = dialog.querySelector<HTMLElement>("[data-search-results]")!;
  let pagefind: Promise<PagefindApi> | undefined;
  let latest = 0;

  const search = async () => {
    const query = input.value.trim();
    const ticket = ++latest;
    if (!query) {
      list.replaceChildren();
      status.textContent = "";
      return;
    }
    try {
      pagefind ??= loadPagefind(base);
      const found = await (await pagefind).debouncedSearch(query, {}, 120);
      // A newer keystroke has its own search under way (Pagefind answers null to the superseded ones).
      if (!found || ticket !== latest) return;
      const data: PagefindResultData[] = await Promise.all(found.results.slice(0, 8).map((result) => result.data()));
      if (ticket !== latest) return;
      list.innerHTML = resultsMarkup(data, pageLocale());
      const locale = pageLocale();
      const key = data.length === 0 ? "search.none" : data.length === 1 ? "search.one" : "search.many";
      status.textContent = t(locale, key, { query, count: data.length });
    } catch {
      pagefind = undefined;
      status.textContent = t(pageLocale(), "search.unavailable");
    }
  };
  input.addEventListener("input", () => void search());
  bindArrowKeys(input, list);
  // A result on this very page only changes the fragment: close so the reader sees the section.
  list.addEventListener("click", (event) => {
    if (event.target instanceof Element && event.target.closest("a")) dialog.close();
  });
  dialog.addEventListener("close", () => (input.value && input.select()));
  input.focus();
  // Fetch the index while the reader types their first word.
  pagefind = loadPagefind(base);
  pagefind.catch(() => (pagefind = undefined));
}
