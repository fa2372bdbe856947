// Every process the engine harness starts is listed here, so it can be ended however the run ends.
import { spawn } from "node:child_process";

/** Process groups we started: each child leads its own, so what it starts (browsers) ends with it, even after the leader exits. */
const groups = new Set();

/** Ends one process group: TERM, then KILL if it is still there after `grace` ms. */
export async function endGroup(pid, grace = 2000) {
  if (!groups.has(pid)) return;
  groups.delete(pid);
  const signal = (name) => {
    try {
      process.kill(-pid, name);
      return true;
    } catch {
      return false; // already gone
    }
  };
  if (!signal("SIGTERM")) return;
  const deadline = Date.now() + grace;
  while (Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    if (!signal(0)) return;
  }
  signal("SIGKILL");
}

/** Ends every group at once, synchronously (for exit handlers, where nothing may wait). */
function killAllNow() {
  for (const pid of groups) {
    try {
      process.kill(-pid, "SIGKILL");
    } catch {
      // already gone
    }
  }
  groups.clear();
}

/** Adopts a process started elsewhere (e.g. by puppeteer) as the leader of a group to end. */
export function adoptGroup(pid) {
  if (pid) groups.add(pid);
}

/** Starts `command` in its own process group; resolves with { child, end() }. Output goes to `log`. */
export function startProcess(command, args, { env = process.env, log = () => {} } = {}) {
  const child = spawn(command, args, { env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  groups.add(child.pid);
  child.stdout.on("data", (chunk) => log(String(chunk)));
  child.stderr.on("data", (chunk) => log(String(chunk)));
  return { child, end: () => endGroup(child.pid) };
}

/** A crash, Ctrl+C or a plain exit still ends every process we started. */
process.on("exit", killAllNow);
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
  process.once(signal, () => {
    killAllNow();
    process.exit(128 + (signal === "SIGINT" ? 2 : signal === "SIGTERM" ? 15 : 1));
  });
}
