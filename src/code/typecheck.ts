import ts from "typescript";
import type { Diagnostic } from "./types.ts";

const SNIPPET_PATH = "/interleave-snippet/snippet.ts";
const INTERLEAVE_PATH = "/interleave-snippet/interleave.d.ts";
const GLOBALS_PATH = "/interleave-snippet/globals.d.ts";

/** What the sandbox runs snippets as: strict ES2024 modules with `using`, in a worker with no DOM. */
const COMPILER_OPTIONS: ts.CompilerOptions = {
  strict: true,
  noEmit: true,
  target: ts.ScriptTarget.ES2024,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  // Every snippet is an ES module, so top-level await type-checks without an import.
  moduleDetection: ts.ModuleDetectionKind.Force,
  lib: ["lib.es2024.d.ts", "lib.esnext.disposable.d.ts"],
  // No @types/* from node_modules: Node's globals are not a snippet's.
  types: [],
  skipLibCheck: true,
};

/** The declaration files a snippet is checked against; both default to the ones in src/runtime/. */
export interface TypecheckDeclarations {
  /** Types of the `interleave` module (src/runtime/interleave.d.ts). */
  interleave?: string;
  /** Globals a snippet may use (src/runtime/globals.d.ts). */
  globals?: string;
}

/** Reads a declaration file of src/runtime/, naming it if it is missing. */
function readRuntimeDeclaration(fileName: string): string {
  const path = decodeURIComponent(new URL(`../runtime/${fileName}`, import.meta.url).pathname);
  const text = ts.sys.readFile(path);
  if (text === undefined) throw new Error(`typecheckSnippet needs ${path}`);
  return text;
}

// Lib and declaration files parse once per process; only the snippet is new on each call.
const parsedFiles = new Map<string, ts.SourceFile>();

/** A parsed file from the cache, keyed by name and content so an edited declaration is re-read. */
function cachedSourceFile(fileName: string, text: string, parseOptions: ts.CreateSourceFileOptions): ts.SourceFile {
  const key = `${fileName}\0${text}`;
  let sourceFile = parsedFiles.get(key);
  if (!sourceFile) {
    sourceFile = ts.createSourceFile(fileName, text, parseOptions, true);
    parsedFiles.set(key, sourceFile);
  }
  return sourceFile;
}

/** A compiler host over the three virtual files, reading TypeScript's own lib files from disk. */
function snippetHost(files: Map<string, string>): ts.CompilerHost {
  const host = ts.createCompilerHost(COMPILER_OPTIONS, true);
  const readFile = (fileName: string) => files.get(fileName) ?? ts.sys.readFile(fileName);
  return {
    ...host,
    fileExists: (fileName) => files.has(fileName) || ts.sys.fileExists(fileName),
    readFile,
    // The program's parse options carry moduleDetection: without them a snippet with no import is a script.
    getSourceFile(fileName, parseOptions) {
      const text = readFile(fileName);
      if (text === undefined) return undefined;
      const options = typeof parseOptions === "object" ? parseOptions : { languageVersion: parseOptions };
      return fileName === SNIPPET_PATH
        ? ts.createSourceFile(fileName, text, options, true)
        : cachedSourceFile(fileName, text, options);
    },
    // Exactly `interleave` resolves; anything else stays unresolved and is reported as not found.
    resolveModuleNameLiterals: (literals) =>
      literals.map((literal) => ({
        resolvedModule:
          literal.text === "interleave"
            ? { resolvedFileName: INTERLEAVE_PATH, extension: ts.Extension.Dts, isExternalLibraryImport: false }
            : undefined,
      })),
  };
}

/** One TypeScript diagnostic of the snippet as a Diagnostic (1-based line and column). */
function toDiagnostic(diagnostic: ts.Diagnostic): Diagnostic {
  const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n");
  if (!diagnostic.file || diagnostic.start === undefined) return { message, line: 1, column: 1 };
  const { line, character } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
  const result: Diagnostic = { message, line: line + 1, column: character + 1 };
  if (diagnostic.length) result.length = diagnostic.length;
  return result;
}

/** Type-checks a snippet as strict TypeScript against `interleave` and the snippet globals (Node only). */
export function typecheckSnippet(tsSource: string, declarations: TypecheckDeclarations = {}): Diagnostic[] {
  const files = new Map([
    [SNIPPET_PATH, tsSource],
    [INTERLEAVE_PATH, declarations.interleave ?? readRuntimeDeclaration("interleave.d.ts")],
    [GLOBALS_PATH, declarations.globals ?? readRuntimeDeclaration("globals.d.ts")],
  ]);
  const program = ts.createProgram([SNIPPET_PATH, GLOBALS_PATH], COMPILER_OPTIONS, snippetHost(files));
  const setupProblems = [...program.getOptionsDiagnostics(), ...program.getGlobalDiagnostics()];
  if (setupProblems.length > 0) {
    throw new Error(ts.formatDiagnostics(setupProblems, { getCanonicalFileName: (name) => name, getCurrentDirectory: () => "/", getNewLine: () => "\n" }));
  }
  const snippet = program.getSourceFile(SNIPPET_PATH)!;
  return [...program.getSyntacticDiagnostics(snippet), ...program.getSemanticDiagnostics(snippet)].map(toDiagnostic);
}
