/**
 * Pyodide's files, fetched by the page on the first "Run Python" (never before): the sandbox's
 * opaque origin and CSP cannot fetch, so the page does (same origin, HTTP-cached, or kept offline)
 * and hands each Python sandbox its own copy. Progress is reported in bytes for the indicator.
 */
import { once } from "../../lib/once";
import { withBase } from "../../lib/paths";
import { pythonCacheName, pythonDirectory, pythonFiles } from "../../lib/site-files";
import type { PythonFiles } from "../protocol/messages";

export interface PythonDownload {
  loaded: number;
  total: number;
}

const listeners = new Set<(progress: PythonDownload) => void>();

/** Hears the download's progress (only while it downloads); returns the unsubscribe. */
export function onPythonDownload(listener: (progress: PythonDownload) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The URL of one of Pyodide's files on this site. */
export function pythonFileUrl(name: string): string {
  return withBase(`${pythonDirectory}/${name}`);
}

/** Kept for offline (Cache Storage), or else from the network (and the HTTP cache). */
async function request(url: string): Promise<Response> {
  const kept = await keptCache().then((cache) => cache?.match(url)).catch(() => undefined);
  return kept ?? fetch(url);
}

async function keptCache(): Promise<Cache | undefined> {
  return typeof caches === "undefined" || !(await caches.has(pythonCacheName)) ? undefined : caches.open(pythonCacheName);
}

async function readCounting(url: string, count: (bytes: number) => void): Promise<ArrayBuffer> {
  const response = await request(url);
  if (!response.ok || !response.body) throw new Error(`Could not load Python (${url}: ${response.status})`);
  const chunks: Uint8Array[] = [];
  const reader = response.body.getReader();
  for (let next = await reader.read(); !next.done; next = await reader.read()) {
    chunks.push(next.value);
    count(next.value.byteLength);
  }
  const bytes = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.byteLength, 0));
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes.buffer;
}

/** Every file, once per page (again after a failure). The trimmed lock file comes first: it knows the others' sizes. */
export const loadPythonFiles = once(async (): Promise<PythonFiles> => {
  const lock = await readCounting(pythonFileUrl("pyodide-lock.json"), () => {});
  const sizes = (JSON.parse(new TextDecoder().decode(lock)) as { sizes?: Record<string, number> }).sizes ?? {};
  const progress: PythonDownload = { loaded: 0, total: Object.values(sizes).reduce((sum, size) => sum + size, 0) };
  const count = (bytes: number) => {
    progress.loaded += bytes;
    listeners.forEach((listener) => listener({ ...progress }));
  };
  const rest = pythonFiles.filter((name) => name !== "pyodide-lock.json");
  const buffers = await Promise.all(rest.map((name) => readCounting(pythonFileUrl(name), count)));
  return Object.fromEntries([["pyodide-lock.json", lock], ...rest.map((name, i) => [name, buffers[i]!] as const)]);
});

/** A copy for one sandbox: posting transfers (detaches) what it is given. */
export async function pythonFilesForSandbox(): Promise<PythonFiles> {
  const files = await loadPythonFiles();
  return Object.fromEntries(Object.entries(files).map(([name, buffer]) => [name, buffer.slice(0)]));
}

/** Whether the reader chose to keep Python for offline (and it is all there). */
export async function isPythonKept(): Promise<boolean> {
  const cache = await keptCache().catch(() => undefined);
  if (!cache) return false;
  const found = await Promise.all(pythonFiles.map((name) => cache.match(pythonFileUrl(name))));
  return found.every(Boolean);
}

/**
 * "Keep Python for offline": downloads Pyodide if this page has not yet (with the usual progress)
 * and stores it in its own cache, apart from the course's precache, so the default offline size
 * holds for everyone else. From then on, Python runs with no network.
 */
export async function keepPythonOffline(): Promise<void> {
  const files = await loadPythonFiles();
  const cache = await caches.open(pythonCacheName);
  await Promise.all(Object.entries(files).map(([name, bytes]) => cache.put(pythonFileUrl(name), new Response(bytes.slice(0)))));
}
