// A static host for dist/ that behaves like a real one: base path, compression, types, caching.
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";
import { brotliCompressSync, gzipSync, constants } from "node:zlib";

const types = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".wasm": "application/wasm",
  ".woff2": "font/woff2",
  ".ttf": "font/ttf",
  ".txt": "text/plain; charset=utf-8",
  ".zip": "application/zip",
  ".xml": "application/xml; charset=utf-8",
  ".webmanifest": "application/manifest+json",
};
const compressible = new Set([".html", ".js", ".mjs", ".css", ".json", ".map", ".svg", ".wasm", ".ttf", ".txt", ".xml", ".webmanifest"]);

/** Content-hashed files (Vite's `_astro/`, our `_snippets/`) and versioned Pyodide (`_python/<version>/`) never change: cache them for a year. */
function cacheControl(path) {
  return /\/(_astro|_snippets|_python)\//.test(path) ? "public, max-age=31536000, immutable" : "no-cache";
}

/** Picks brotli, then gzip, from what the client accepts. */
function pickEncoding(acceptEncoding = "") {
  if (/\bbr\b/.test(acceptEncoding)) return "br";
  if (/\bgzip\b/.test(acceptEncoding)) return "gzip";
  return undefined;
}

/** Serves `root` under `base` ("/" or "/course/"); resolves with the listening server. */
export function startStaticServer({ root, base = "/", port = 4321, host = "127.0.0.1" }) {
  const rootDir = resolve(root);
  const compressed = new Map();

  async function readCompressed(file, encoding) {
    // Keyed by modification time too, so a rebuild under a running server is served fresh.
    const { mtimeMs } = await stat(file);
    const key = `${file}:${mtimeMs}:${encoding}`;
    if (compressed.has(key)) return compressed.get(key);
    const precompressed = `${file}.${encoding === "br" ? "br" : "gz"}`;
    let body = await readFile(precompressed).catch(() => undefined);
    if (!body) {
      const raw = await readFile(file);
      body = encoding === "br"
        ? brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 9 } })
        : gzipSync(raw, { level: 9 });
    }
    compressed.set(key, body);
    return body;
  }

  async function resolveFile(pathname) {
    const relative = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, "");
    let file = join(rootDir, relative);
    if (!file.startsWith(rootDir)) return undefined;
    const info = await stat(file).catch(() => undefined);
    if (info?.isDirectory()) file = join(file, "index.html");
    return (await stat(file).catch(() => undefined))?.isFile() ? file : undefined;
  }

  const server = createServer(async (request, response) => {
    try {
      const url = new URL(request.url ?? "/", "http://localhost");
      if (!url.pathname.startsWith(base)) {
        if (url.pathname === base.slice(0, -1)) return redirect(response, base);
        return notFound(response);
      }
      const inner = "/" + url.pathname.slice(base.length);
      const file = await resolveFile(inner);
      if (!file) {
        // "/lessons/x" → "/lessons/x/" like static hosts do for directories.
        if (!inner.endsWith("/") && (await resolveFile(inner + "/"))) return redirect(response, url.pathname + "/" + url.search);
        return notFound(response, await resolveFile("/404.html"));
      }
      const extension = extname(file);
      const headers = {
        "Content-Type": types[extension] ?? "application/octet-stream",
        "Cache-Control": cacheControl(url.pathname),
        "X-Content-Type-Options": "nosniff",
        Vary: "Accept-Encoding",
      };
      const encoding = compressible.has(extension) ? pickEncoding(request.headers["accept-encoding"]) : undefined;
      const body = encoding ? await readCompressed(file, encoding) : await readFile(file);
      if (encoding) headers["Content-Encoding"] = encoding;
      headers["Content-Length"] = body.length;
      response.writeHead(200, headers);
      response.end(request.method === "HEAD" ? undefined : body);
    } catch (error) {
      response.writeHead(500, { "Content-Type": "text/plain" });
      response.end(String(error));
    }
  });

  return new Promise((resolveServer) => server.listen(port, host, () => resolveServer(server)));
}

function redirect(response, location) {
  response.writeHead(301, { Location: location });
  response.end();
}

async function notFound(response, page) {
  response.writeHead(404, { "Content-Type": "text/html; charset=utf-8" });
  response.end(page ? await readFile(page) : "Not found");
}
