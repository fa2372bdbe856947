import { shareFragment } from "./share-link";
import { pageLocale, t } from "../lib/i18n";

/** Copies an example's code; returns what to tell the reader. */
export async function copyCode(code: string): Promise<string> {
  try {
    await navigator.clipboard.writeText(code);
    return t(pageLocale(), "example.copied");
  } catch {
    return t(pageLocale(), "example.copyFailed");
  }
}

/** Puts the code in the address bar's fragment (and on the clipboard when allowed); returns what to tell the reader. */
export async function shareCode(id: string, code: string): Promise<string> {
  const url = `${location.href.split("#")[0]}${shareFragment(location.hash, id, code)}`;
  history.replaceState(history.state, "", url);
  try {
    await navigator.clipboard.writeText(url);
    return t(pageLocale(), "example.linkCopied");
  } catch {
    return t(pageLocale(), "example.linkInAddressBar");
  }
}
