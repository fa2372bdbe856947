import { shareFragment } from "./share-link";

/** Copies an example's code; returns what to tell the reader. */
export async function copyCode(code: string): Promise<string> {
  try {
    await navigator.clipboard.writeText(code);
    return "Copied";
  } catch {
    return "Copy failed: the browser refused the clipboard";
  }
}

/** Puts the code in the address bar's fragment (and on the clipboard when allowed); returns what to tell the reader. */
export async function shareCode(id: string, code: string): Promise<string> {
  const url = `${location.href.split("#")[0]}${shareFragment(location.hash, id, code)}`;
  history.replaceState(history.state, "", url);
  try {
    await navigator.clipboard.writeText(url);
    return "Link copied: it opens this page with this code";
  } catch {
    return "The address bar now holds a link to this code";
  }
}
