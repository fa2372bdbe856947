import { spawn } from "node:child_process";

/** A loop that spins, and every so often checks that the process that started it is still there. */
const spinWhileParentLives = `const parent = Number(process.argv[1]);
for (let i = 1; ; i++) if (i % 50_000_000 === 0) { try { process.kill(parent, 0); } catch { process.exit(0); } }`;

/** Keeps `count` CPU cores busy with spinning Node processes; returns the function that ends them. */
export function keepCoresBusy(count: number): () => void {
  const spinners = Array.from({ length: count }, () => spawn(process.execPath, ["-e", spinWhileParentLives, String(process.pid)], { stdio: "ignore" }));
  return () => spinners.forEach((spinner) => spinner.kill("SIGKILL"));
}
