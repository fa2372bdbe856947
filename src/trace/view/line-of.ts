import { snippetPosition, type SourceMap } from "../../code/source-map.ts";
import type { CodePosition } from "../../sandbox/protocol/trace-events.ts";

/** Maps a position in the instrumented code that ran to its TypeScript line (null outside the snippet). */
export function lineResolver(map: SourceMap): (at: CodePosition) => number | null {
  return (at) => snippetPosition(map, at.line, at.column)?.line ?? null;
}
