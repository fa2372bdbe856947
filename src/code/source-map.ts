import { SNIPPET_FILE } from "./file-names.ts";
import { parseStackFrames } from "./stack-frames.ts";
import { decodeVlq } from "./vlq.ts";

/** A version 3 source map, as esbuild emits it. */
export interface SourceMap {
  version: 3;
  sources: string[];
  sourcesContent?: (string | null)[];
  names: string[];
  mappings: string;
}

/** A position in an original source; line and column are 1-based. */
export interface OriginalPosition {
  source: string;
  line: number;
  column: number;
}

/** One mapped point: a generated column and where it came from (all 0-based). */
interface Segment {
  generatedColumn: number;
  sourceIndex: number;
  originalLine: number;
  originalColumn: number;
}

/** Parses a source map's JSON text, checking the fields the decoder relies on. */
export function parseSourceMap(text: string): SourceMap {
  const map = JSON.parse(text) as Partial<SourceMap>;
  if (map.version !== 3 || typeof map.mappings !== "string" || !Array.isArray(map.sources)) {
    throw new Error("not a version 3 source map");
  }
  return { names: [], ...map } as SourceMap;
}

/** Decodes `mappings` into segments per generated line, each line sorted by column. */
export function decodeMappings(mappings: string): Segment[][] {
  const lines: Segment[][] = [];
  // Every field but the generated column is a delta that runs across the whole map.
  let sourceIndex = 0;
  let originalLine = 0;
  let originalColumn = 0;
  for (const lineText of mappings.split(";")) {
    const segments: Segment[] = [];
    let generatedColumn = 0;
    for (const segmentText of lineText.split(",")) {
      if (segmentText === "") continue;
      const [columnDelta = 0, sourceDelta, lineDelta = 0, originalColumnDelta = 0] = decodeVlq(segmentText);
      generatedColumn += columnDelta;
      // A one-field segment maps its column to nothing.
      if (sourceDelta === undefined) continue;
      sourceIndex += sourceDelta;
      originalLine += lineDelta;
      originalColumn += originalColumnDelta;
      segments.push({ generatedColumn, sourceIndex, originalLine, originalColumn });
    }
    lines.push(segments.sort((a, b) => a.generatedColumn - b.generatedColumn));
  }
  return lines;
}

const decodedMaps = new WeakMap<SourceMap, Segment[][]>();

/** Decoded once per map object; a run may look several positions up. */
function segmentsOf(map: SourceMap): Segment[][] {
  let decoded = decodedMaps.get(map);
  if (!decoded) {
    decoded = decodeMappings(map.mappings);
    decodedMaps.set(map, decoded);
  }
  return decoded;
}

/** The last segment at or before `column` (0-based), by binary search. */
function segmentAt(segments: Segment[], column: number): Segment | undefined {
  let low = 0;
  let high = segments.length - 1;
  let found: Segment | undefined;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const segment = segments[middle]!;
    if (segment.generatedColumn <= column) {
      found = segment;
      low = middle + 1;
    } else high = middle - 1;
  }
  return found;
}

/** Where a 1-based generated line and column (as stack traces count) came from, or null if unmapped. */
export function originalPosition(map: SourceMap, generatedLine: number, generatedColumn: number): OriginalPosition | null {
  const segments = segmentsOf(map)[generatedLine - 1];
  const segment = segments && segmentAt(segments, generatedColumn - 1);
  const source = segment && map.sources[segment.sourceIndex];
  if (!segment || source === undefined) return null;
  return { source, line: segment.originalLine + 1, column: segment.originalColumn + 1 };
}

/** Whether a source map `sources` entry is the snippet (esbuild may prefix it with a path). */
function isSnippetSource(source: string): boolean {
  return source === SNIPPET_FILE || source.endsWith(`/${SNIPPET_FILE}`);
}

/**
 * The TypeScript line and column of the first stack frame in the snippet's own code.
 * `moduleUrlHint` is the snippet module's URL, or a part of it that no other script shares.
 * Frames in the bundled `interleave` facade are passed over: the reader's line is the one that called it.
 */
export function mapErrorLocation(
  stack: string,
  map: SourceMap,
  moduleUrlHint: string,
): { line: number; column: number } | null {
  for (const frame of parseStackFrames(stack)) {
    if (!frame.url.includes(moduleUrlHint)) continue;
    const position = originalPosition(map, frame.line, frame.column);
    if (position && isSnippetSource(position.source)) return { line: position.line, column: position.column };
  }
  return null;
}
