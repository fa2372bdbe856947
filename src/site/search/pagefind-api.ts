import { searchDirectory } from "../../lib/site-files";

/** The part of Pagefind's browser API (pagefind/pagefind.js in the built site) the search dialog uses. */
export interface PagefindSubResult { title: string; url: string; excerpt: string }
export interface PagefindResultData { url: string; excerpt: string; meta: { title?: string }; sub_results: PagefindSubResult[] }
export interface PagefindResult { id: string; data(): Promise<PagefindResultData> }
export interface PagefindApi {
  options(options: { baseUrl?: string; excerptLength?: number }): Promise<void>;
  init(): Promise<void>;
  debouncedSearch(query: string, options?: object, debounceMs?: number): Promise<{ results: PagefindResult[] } | null>;
}

/** Loads the Pagefind bundle the build wrote at `<base>pagefind/` (not part of the Vite graph). */
export async function loadPagefind(base: string): Promise<PagefindApi> {
  const url = `${base}${searchDirectory}/pagefind.js`;
  const pagefind = (await import(/* @vite-ignore */ url)) as PagefindApi;
  // Results carry site-root URLs ("/lessons/x/"); the base puts them under a sub-path host.
  await pagefind.options({ baseUrl: base, excerptLength: 24 });
  await pagefind.init();
  return pagefind;
}
