// Runnable examples on a lesson page: finding them, and what they printed beside what the lesson promises.
// The page-side functions are self-contained: Playwright, puppeteer and selenium all run them in the page.

/**
 * In the page: marks each runnable TypeScript unit (a <Compare> pair, or a lone example) with
 * `data-journey-unit` in document order, and describes it.
 */
export function tagRunnables() {
  const compares = [...document.querySelectorAll("[data-compare]")];
  // The seeds' Python originals have their own journeys (run-the-seeds-python) and content test.
  const lone = [...document.querySelectorAll("[data-playground]:not([data-language=python])")].filter((figure) => !figure.closest("[data-compare]"));
  const roots = [...compares, ...lone].sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
  return roots.map((root, unit) => {
    root.setAttribute("data-journey-unit", String(unit));
    const figures = root.matches("[data-compare]") ? [...root.querySelectorAll("[data-playground]")] : [root];
    return {
      unit,
      selector: `[data-journey-unit="${unit}"]`,
      button: root.matches("[data-compare]") ? "Run both" : "Run",
      name: figures.map((figure) => `${figure.dataset.id} ${figure.querySelector(".pg-title")?.textContent?.trim() ?? ""}`).join(" + "),
      promised: figures.some((figure) => figure.querySelector(".pg-expected pre")),
      // How much faster than real time its clock runs (a lesson's `scale`), 1 when not set.
      scale: Math.max(...figures.map((figure) => Number(figure.dataset.scale ?? 1))),
      // The page's own limit per run, in real ms.
      limit: Math.max(...figures.map((figure) => Number(figure.dataset.timeout ?? 10_000))),
    };
  });
}

/** In the page: how the unit's runs stand — finished once every side shows its closing line. */
export function unitOutcome({ unit }) {
  const root = document.querySelector(`[data-journey-unit="${unit}"]`);
  const figures = root.matches("[data-playground]") ? [root] : [...root.querySelectorAll("[data-playground]")];
  const sides = figures.map((figure) => {
    const texts = [...figure.querySelectorAll(".pg-lines .pg-text")].map((node) => node.textContent);
    // An error line reads "Uncaught X: message", then a detail (" — line 3:7") the promise leaves out.
    const errors = [...figure.querySelectorAll(".pg-status-line.pg-error")].map((line) => line.firstChild?.textContent ?? "");
    const closing = figure.querySelector(".pg-done, .pg-stopped");
    return {
      id: figure.dataset.id,
      title: figure.querySelector(".pg-title")?.textContent?.trim() ?? "",
      finished: !figure.hasAttribute("data-running") && Boolean(closing ?? figure.querySelector(".pg-error")),
      printed: [...texts, ...errors].join("\n").trimEnd(),
      expected: figure.querySelector(".pg-expected pre")?.textContent?.trimEnd(),
      closing: closing?.textContent ?? "",
    };
  });
  return { finished: sides.every((side) => side.finished), sides };
}

const withoutNumbers = (text) => text.replace(/\d+(?:\.\d+)?/g, "#");

/** "exact", "numbers" (differs only in numbers, e.g. times), "other", or "no promise". */
export function verdict({ printed, expected }) {
  if (expected === undefined) return "no promise";
  if (printed === expected) return "exact";
  return withoutNumbers(printed) === withoutNumbers(expected) ? "numbers" : "other";
}

/** The first line where printed and promised part, for a failure message. */
export function firstDifference({ printed, expected = "" }) {
  const got = printed.split("\n");
  const want = expected.split("\n");
  const line = got.findIndex((text, index) => text !== want[index]);
  const at = line === -1 ? got.length : line;
  return `line ${at + 1}: printed ${JSON.stringify(got[at] ?? "(nothing)")}, promised ${JSON.stringify(want[at] ?? "(nothing)")}`;
}

/** In the page: marks the first example titled `title` with `data-journey-unit="<as>"`; returns its selector, or null. */
export function tagExample({ title, as }) {
  const figure = [...document.querySelectorAll("[data-playground]")].find((candidate) => candidate.querySelector(".pg-title")?.textContent?.trim() === title);
  figure?.setAttribute("data-journey-unit", as);
  return figure ? `[data-journey-unit="${as}"]` : null;
}
