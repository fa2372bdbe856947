import { SNIPPET_FILE } from "../../code/file-names.ts";
import { originalPosition, type SourceMap } from "../../code/source-map.ts";
import type { CodePosition } from "../../sandbox/protocol/trace-events.ts";

/** Maps a position in the instrumented code that ran to its TypeScript line (null outside the snippet). */
export function lineResolver(map: SourceMap): (at: CodePosition) => number | null {
  return (at) => {
    const position = originalPosition(map, at.line, at.column);
    return position && (position.source === SNIPPET_FILE || position.source.endsWith(`/${SNIPPET_FILE}`)) ? position.line : null;
  };
}
