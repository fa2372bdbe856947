import { decodedMappings, traceSegment, TraceMap } from "@jridgewell/trace-mapping";
import { SNIPPET_FILE } from "./file-names.ts";
import { parseStackFrames } from "./stack-frames.ts";

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

/** Decodes `mappings` into segments per generated line, each line sorted by column (unmapped one-field segments left out). */
export function decodeMappings(mappings: string): Segment[][] {
  const lines = decodedMappings(new TraceMap({ version: 3, sources: [], names: [], mappings }));
  return lines.map((segments) =>
    segments.flatMap((segment) =>
      segment.length === 1 ? [] : [{ generatedColumn: segment[0], sourceIndex: segment[1], originalLine: segment[2], originalColumn: segment[3] }],
    ),
  );
}

const traceMaps = new WeakMap<SourceMap, TraceMap>();

/** Decoded once per map object: a run may look several positions up. */
function traceMapOf(map: SourceMap): TraceMap {
  let traced = traceMaps.get(map);
  if (!traced) {
    traced = new TraceMap(map);
    traceMaps.set(map, traced);
  }
  return traced;
}

/** Where a 1-based generated line and column (as stack traces count) came from, or null if unmapped. */
export function originalPosition(map: SourceMap, generatedLine: number, generatedColumn: number): OriginalPosition | null {
  if (generatedLine < 1 || generatedColumn < 1) return null;
  const segment = traceSegment(traceMapOf(map), generatedLine - 1, generatedColumn - 1);
  // A one-field segment maps its column to nothing.
  if (!segment || segment.length === 1) return null;
  // The source as the map spells it (trace-mapping's own answer resolves it as a URL).
  const source = map.sources[segment[1]];
  return source === undefined ? null : { source, line: segment[2] + 1, column: segment[3] + 1 };
}

/**
 * The reader's TypeScript line and column (1-based) that a 1-based generated position came from,
 * or null when it is not in the snippet (the `interleave` facade, or unmapped code).
 */
export function snippetPosition(map: SourceMap, generatedLine: number, generatedColumn: number): { line: number; column: number } | null {
  const position = originalPosition(map, generatedLine, generatedColumn);
  // esbuild may prefix the snippet's name with a path.
  const inSnippet = position && (position.source === SNIPPET_FILE || position.source.endsWith(`/${SNIPPET_FILE}`));
  return inSnippet ? { line: position.line, column: position.column } : null;
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
    const position = snippetPosition(map, frame.line, frame.column);
    if (position) return position;
  }
  return null;
}
