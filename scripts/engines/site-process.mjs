// The built site, served by scripts/serve.mjs in its own process: compressing a response there
// never stalls the harness that is timing the page.
import { resolve } from "node:path";
import { freePort } from "./free-port.mjs";
import { startProcess } from "./processes.mjs";
import { waitUntil } from "./wait.mjs";

/** Serves `dir` at "/" on a free port; resolves with { url(path), end() } once it answers. */
export async function serveBuiltSite({ dir = process.env.SITE_DIR ?? "dist", log } = {}) {
  const port = await freePort();
  const server = startProcess(process.execPath, [resolve(import.meta.dirname, "../serve.mjs")], {
    env: { ...process.env, PORT: String(port), BASE_PATH: "/", SITE_DIR: dir },
    log,
  });
  const url = (path = "") => `http://localhost:${port}/${path}`;
  await waitUntil(async () => (await fetch(url())).ok, { timeout: 15_000, what: `the site in ${dir} to be served` });
  return { url, end: server.end };
}
