import { snippetPosition, type SourceMap } from "../../code/source-map.ts";

/** Offsets in esbuild's output → where they came from in the TypeScript (line 0 when not from the snippet). */
export class GeneratedPositions {
  private readonly lineStarts: number[] = [0];

  constructor(
    code: string,
    private readonly map: SourceMap,
  ) {
    for (let index = code.indexOf("\n"); index >= 0; index = code.indexOf("\n", index + 1)) this.lineStarts.push(index + 1);
  }

  /** 1-based line and 0-based column of a character offset. */
  generated(offset: number): { line: number; column: number } {
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((this.lineStarts[middle] ?? 0) <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - (this.lineStarts[low] ?? 0) };
  }

  /** The TypeScript line and column (1-based) the offset came from. */
  original(offset: number): { line: number; column: number } {
    const { line, column } = this.generated(offset);
    return snippetPosition(this.map, line, column + 1) ?? { line: 0, column: 0 };
  }
}
