import remapping from "@jridgewell/remapping";
import { OUTPUT_FILE } from "../../code/file-names.ts";
import { parseSourceMap, type SourceMap } from "../../code/source-map.ts";

/** The instrumenter's map (instrumented JS → esbuild's JS) followed by esbuild's (→ TypeScript), as one map. */
export function chainSourceMaps(instrumented: { toString(): string }, compiled: SourceMap): SourceMap {
  const chained = remapping(instrumented.toString(), (file) => (file === OUTPUT_FILE ? JSON.stringify(compiled) : null), { excludeContent: true });
  return parseSourceMap(JSON.stringify(chained));
}
