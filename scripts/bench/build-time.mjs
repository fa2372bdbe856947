// A full `npm run build`, timed; cold by default (the compression cache emptied first, as on a fresh clone).
import { spawn } from "node:child_process";
import { rm } from "node:fs/promises";
import { join } from "node:path";
import { atMost, failed, seconds } from "./figure.mjs";

const root = join(import.meta.dirname, "../..");
const budgetMs = 60_000;

function run(command, args) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("error", reject);
    child.on("close", (code) => (code === 0 ? resolve(output) : reject(new Error(`${command} ${args.join(" ")} exited ${code}\n${output.slice(-2000)}`))));
  });
}

/** @returns {Promise<import("./figure.mjs").Figure[]>} */
export async function measureBuild({ warm = false } = {}) {
  if (!warm) await rm(join(root, "node_modules/.cache/interleave/precompress"), { recursive: true, force: true });
  const started = performance.now();
  try {
    const output = await run("npm", ["run", "build"]);
    const elapsed = performance.now() - started;
    const compression = /precompressed .*/.exec(output)?.[0];
    return [atMost("build", `npm run build (${warm ? "compression cache warm" : "cold: no compression cache"})`, elapsed, budgetMs, seconds, compression)];
  } catch (error) {
    return [failed("build", "npm run build", `≤ ${seconds(budgetMs)}`, error)];
  }
}
