/**
 * What a reader should know before running a seed's Python in the browser, found in its code:
 * what cannot work here (threads, processes, Python 2), and which stand-ins play a part.
 * The page shows these beside the code, so nothing is hidden.
 */
import { t, type Locale, type MessageKey } from "../lib/i18n";

const notes: { pattern: RegExp; note: MessageKey }[] = [
  {
    pattern: /run_in_executor|\bthreading\b|\bmultiprocessing\b|ThreadPoolExecutor|ProcessPoolExecutor/,
    note: "python.noteThreads",
  },
  {
    pattern: /@asyncio\.coroutine/,
    note: "python.noteCoroutineDecorator",
  },
  {
    pattern: /(\w+)\s*=\s*\[\s*\w+\([^)]*\)\s+for\b[^\]]*\][\s\S]*asyncio\.wait\(\s*\1\s*\)/,
    note: "python.noteWaitCoroutines",
  },
  {
    pattern: /\baiohttp\b|\brequests\.get\b/,
    note: "python.noteNetworkStandIns",
  },
  {
    pattern: /\bstart_server\b|\bcreate_server\b/,
    note: "python.noteServer",
  },
  {
    pattern: /\baiopg\b/,
    note: "python.noteAiopg",
  },
  {
    pattern: /^\s*print\s+['"]|\burllib2\b|\.next\(\)/m,
    note: "python.notePython2",
  },
];

/** The notes that apply to `code`, in a fixed order, in the page's language. */
export function pythonNotes(code: string, locale: Locale = "en"): string[] {
  return notes.filter(({ pattern }) => pattern.test(code)).map(({ note }) => t(locale, note));
}
