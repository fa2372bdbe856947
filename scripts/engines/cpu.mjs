// How many CPU cores a browser's whole process tree is using: read from /proc (Linux), so a
// journey can tell that workers stopped spinning even though no page can see them.
import { readdirSync, readFileSync } from "node:fs";

/** Clock ticks per second of /proc's utime and stime (USER_HZ, 100 on Linux). */
const ticksPerSecond = 100;

/** pid → { parent, cpuSeconds } for every process we can read. */
function processTable() {
  const table = new Map();
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      // Fields after the command name (which may hold spaces): state, ppid, … utime (12th), stime (13th).
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      table.set(Number(name), { parent: Number(fields[1]), cpuSeconds: (Number(fields[11]) + Number(fields[12])) / ticksPerSecond });
    } catch {
      // it ended while we looked
    }
  }
  return table;
}

/** CPU seconds used so far by `root` and all its descendants. */
function treeCpuSeconds(root) {
  const table = processTable();
  const inTree = new Set([root]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [pid, { parent }] of table) if (!inTree.has(pid) && inTree.has(parent)) grew = inTree.add(pid) && true;
  }
  return [...inTree].reduce((sum, pid) => sum + (table.get(pid)?.cpuSeconds ?? 0), 0);
}

/** Cores the tree under `root` kept busy over the next `windowMs` (1.0 = one core, fully). */
export async function coresBusy(root, windowMs = 1000) {
  const before = treeCpuSeconds(root);
  const started = Date.now();
  await new Promise((resolve) => setTimeout(resolve, windowMs));
  return (treeCpuSeconds(root) - before) / ((Date.now() - started) / 1000);
}
