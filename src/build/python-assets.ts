import { copyFile, mkdir, readFile, stat, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { pyodideVersion, pythonDirectory, pythonFiles, type PythonFileName } from "../lib/site-files";

/** The installed `pyodide` package's folder. */
export function pyodidePackageDirectory(): string {
  return dirname(createRequire(import.meta.url).resolve("pyodide/package.json"));
}

/**
 * The lock file's header only: the course loads no packages, so their 100 KB list would be dead
 * weight. It also carries the other files' sizes, so the page can show download progress in bytes.
 */
async function trimmedLock(directory: string): Promise<string> {
  const lock = JSON.parse(await readFile(join(directory, "pyodide-lock.json"), "utf8")) as { info: unknown };
  const sizes: Record<string, number> = {};
  for (const name of pythonFiles) if (name !== "pyodide-lock.json") sizes[name] = (await stat(join(directory, name))).size;
  return JSON.stringify({ info: lock.info, packages: {}, sizes });
}

/** One of Pyodide's files as the site serves it (for the dev server). */
export async function readPythonFile(name: string): Promise<Buffer | string | undefined> {
  if (!(pythonFiles as readonly string[]).includes(name)) return undefined;
  const directory = pyodidePackageDirectory();
  return (name as PythonFileName) === "pyodide-lock.json" ? trimmedLock(directory) : readFile(join(directory, name));
}

/**
 * Copies Pyodide into the built site, under a folder named after its version. It is not part of
 * the offline precache: a reader downloads it on their first "Run Python", or keeps it on purpose.
 */
export async function writePythonAssets(outDir: string): Promise<{ files: number; bytes: number }> {
  const source = pyodidePackageDirectory();
  const installed = JSON.parse(await readFile(join(source, "package.json"), "utf8")) as { version: string };
  if (installed.version !== pyodideVersion) throw new Error(`pyodide ${installed.version} is installed, but src/lib/site-files.ts names ${pyodideVersion}`);
  const target = join(outDir, pythonDirectory);
  await mkdir(target, { recursive: true });
  let bytes = 0;
  for (const name of pythonFiles) {
    if (name === "pyodide-lock.json") await writeFile(join(target, name), await trimmedLock(source));
    else await copyFile(join(source, name), join(target, name));
    bytes += (await stat(join(target, name))).size;
  }
  return { files: pythonFiles.length, bytes };
}
