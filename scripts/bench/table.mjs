// Prints the figures as a plain-text table, with PASS/MISS in words and a closing count.

const verdict = (pass) => (pass === undefined ? "info" : pass ? "PASS" : "MISS");

/** @param {import("./figure.mjs").Figure[]} figures */
export function formatTable(figures) {
  const rows = figures.map((f) => [f.group, f.figure, f.value, f.budget, verdict(f.pass), f.note ?? ""]);
  const header = ["area", "figure", "measured", "budget", "result", "note"];
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => row[i].length)));
  const line = (cells) => cells.map((cell, i) => cell.padEnd(widths[i])).join("  ").trimEnd();
  const misses = figures.filter((f) => f.pass === false);
  return [
    line(header),
    line(widths.map((w) => "-".repeat(w))),
    ...rows.map(line),
    "",
    misses.length === 0
      ? `All ${figures.length} figures are within budget.`
      : `${misses.length} of ${figures.length} figures miss their budget: ${misses.map((f) => `${f.figure} (${f.value}, budget ${f.budget})`).join("; ")}.`,
  ].join("\n");
}
