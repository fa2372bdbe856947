/** Reading the layer table and a file's imports, for the boundaries test. */

export interface AllowedImport {
  name: string;
  /** Only through `import()`: a feature loaded when someone asks for it. */
  lazy: boolean;
  /** Only a bundle's URL (`?url`, `?worker&url`), never its code. */
  urlOnly: boolean;
}

export interface Layer {
  name: string;
  /** Folders (ending in "/") or single files, relative to the repository root. */
  paths: string[];
  mayImport: AllowedImport[];
}

/** The rows between `<!-- boundaries:start -->` and `<!-- boundaries:end -->`: layer | folder(s) | may import. */
export function parseLayerTable(markdown: string): Layer[] {
  const block = /<!-- boundaries:start -->([\s\S]*?)<!-- boundaries:end -->/.exec(markdown)?.[1];
  if (!block) throw new Error("README.md has no boundaries table");
  return block
    .split("\n")
    .filter((line) => line.startsWith("|"))
    .slice(2)
    .map((line) => {
      const [name = "", folders = "", allowed = ""] = line.split("|").slice(1, -1).map((cell) => cell.trim());
      return {
        name,
        paths: [...folders.matchAll(/`([^`]+)`/g)].map((match) => match[1] ?? ""),
        // "—" allows nothing; test support ("anything in src/") is outside src/ and never checked.
        mayImport: allowed === "—" || allowed.startsWith("anything") ? [] : splitAllowed(allowed),
      };
    });
}

/** "code, trace (lazy), guest (its bundle's URL only)" → allowed imports. */
function splitAllowed(cell: string): AllowedImport[] {
  return cell
    .split(/,(?![^(]*\))/)
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const [, name = part, note = ""] = /^([\w-]+)\s*(?:\((.*)\))?$/.exec(part) ?? [];
      return { name, lazy: note.includes("lazy"), urlOnly: note.includes("URL") };
    });
}

export interface ImportEdge {
  specifier: string;
  lazy: boolean;
  /** Names a module's URL (`?url`, `new URL(…, import.meta.url)`) without running its code here. */
  urlOnly: boolean;
}

/** Every module a source file imports: static imports and re-exports, `import()`, and `new URL(…, import.meta.url)`. */
export function importsOf(source: string): ImportEdge[] {
  const edges: ImportEdge[] = [];
  const patterns: [RegExp, { lazy: boolean; url: boolean }][] = [
    [/(?:^|[\s;])(?:import|export)\s+(?:type\s+)?(?:[\w*{}\s,$]+?\s+from\s+)?["']([^"'\n]+)["']/g, { lazy: false, url: false }],
    [/\bimport\s*\(\s*["']([^"'\n]+)["']\s*\)/g, { lazy: true, url: false }],
    [/\bnew\s+URL\(\s*["']([^"'\n]+)["']\s*,\s*import\.meta\.url/g, { lazy: false, url: true }],
  ];
  for (const [pattern, { lazy, url }] of patterns) {
    for (const match of source.matchAll(pattern)) {
      const specifier = match[1] ?? "";
      edges.push({ specifier, lazy, urlOnly: url || /\?(worker&)?url$/.test(specifier) });
    }
  }
  return edges;
}
