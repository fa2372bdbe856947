/**
 * The static code block of an example: build-time highlighted HTML, or the reader's edited
 * code as plain text until the editor loads. Lines are `.line` spans either way, so a
 * runtime or syntax error can mark the line it points at.
 */

const originals = new WeakMap<HTMLElement, string>();

/** The build-time highlighted HTML of a code view, as it was before any edit replaced it. */
export function originalHtml(view: HTMLElement): string | undefined {
  return originals.get(view);
}

/** Shows edited code as plain, unhighlighted lines (highlighting it would need the editor). */
export function showPlainCode(view: HTMLElement, code: string): void {
  if (!originals.has(view)) originals.set(view, view.innerHTML);
  const pre = document.createElement("pre");
  pre.className = "shiki pg-plain";
  pre.tabIndex = 0;
  const codeElement = document.createElement("code");
  code.split("\n").forEach((text, i) => {
    if (i > 0) codeElement.append("\n");
    const line = document.createElement("span");
    line.className = "line";
    line.textContent = text;
    codeElement.append(line);
  });
  pre.append(codeElement);
  view.replaceChildren(pre);
}

/**
 * Marks one line (1-based) as where an error points — or, as `kind` "current", the line a trace
 * step is on — clearing any earlier mark of that kind; null clears.
 */
export function markLine(view: HTMLElement, line: number | null, message = "", kind: "error" | "current" = "error"): void {
  for (const marked of view.querySelectorAll(`.line[data-marked="${kind}"]`)) {
    marked.removeAttribute("data-marked");
    marked.removeAttribute("title");
  }
  if (line === null) return;
  const target = view.querySelectorAll<HTMLElement>(".line")[line - 1];
  if (!target) return;
  target.dataset.marked = kind;
  if (message) target.title = message;
}
