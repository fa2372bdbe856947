import { describe, expect, it } from "vitest";
import { toMarkers } from "./markers.ts";

/** A model stand-in: Monaco's max column is the line length + 1. */
function lines(...text: string[]) {
  return { getLineCount: () => text.length, getLineMaxColumn: (line: number) => (text[line - 1]?.length ?? 0) + 1 };
}

describe("toMarkers", () => {
  it("places an esbuild error where it points, spanning its length", () => {
    const [marker] = toMarkers([{ message: "Expected \";\"", line: 2, column: 5, length: 3 }], lines("a", "let x y = 1;"));
    expect(marker).toMatchObject({ severity: 8, source: "esbuild", startLineNumber: 2, startColumn: 5, endLineNumber: 2, endColumn: 8 });
  });

  it("keeps an error at the end of a line on its last character", () => {
    const [marker] = toMarkers([{ message: "Unexpected end of file", line: 1, column: 7 }], lines("f() {"));
    expect(marker).toMatchObject({ startLineNumber: 1, startColumn: 5, endColumn: 6 });
  });

  it("clamps a line past the end to the last line", () => {
    const [marker] = toMarkers([{ message: "x", line: 9, column: 1 }], lines("one", "two"));
    expect(marker).toMatchObject({ startLineNumber: 2, startColumn: 1, endColumn: 2 });
  });
});
