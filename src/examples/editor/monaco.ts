import type { Monaco } from "./setup.ts";
import { readPageColours } from "./page-theme.ts";

export type { Monaco };

let loading: Promise<Monaco> | undefined;

/**
 * The page's one Monaco, loaded on first call and shared by every editor: the editor API, the
 * contributions examples use and the TypeScript language (never Monaco's other languages).
 * Safe to call early (e.g. on pointer intent over Edit) to warm it up.
 */
export function loadMonaco(): Promise<Monaco> {
  if (loading) return loading;
  // Read now, on a settled page: once Monaco's stylesheets are in, this read would restyle the whole page.
  const colours = readPageColours();
  loading = import("./setup.ts").then(
    ({ setUpMonaco }) => setUpMonaco(colours),
    (error: unknown) => {
      // A failed load (e.g. offline before the files were cached) may be retried by the next call.
      loading = undefined;
      throw error;
    },
  );
  return loading;
}
