// A virtual X display for WebKitGTK, which has no headless mode.
import { existsSync } from "node:fs";
import { startProcess } from "./processes.mjs";
import { waitUntil } from "./wait.mjs";

/** The first display number from `first` with no X server (socket or lock) on this machine. */
function freeDisplay(first = 99) {
  let number = first;
  while (existsSync(`/tmp/.X11-unix/X${number}`) || existsSync(`/tmp/.X${number}-lock`)) number++;
  return number;
}

/** Starts Xvfb; resolves with { display: ":99", end() } once it accepts connections. */
export async function startXvfb({ log } = {}) {
  const number = freeDisplay();
  const server = startProcess("Xvfb", [`:${number}`, "-screen", "0", "1280x1024x24", "-nolisten", "tcp"], { log });
  await waitUntil(() => existsSync(`/tmp/.X11-unix/X${number}`), { timeout: 10_000, what: `Xvfb :${number} to start` });
  return { display: `:${number}`, end: server.end };
}
