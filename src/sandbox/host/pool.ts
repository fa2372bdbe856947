import { once } from "../../lib/once";
import { PAGE_BUDGET } from "./budget";
import { pythonFilesForSandbox } from "./python-files";
import { Sandbox } from "./sandbox";

let spare: Sandbox | undefined;
/** Runs taken but not yet started: the spare waits for them (see takeSandbox). */
let starting = 0;
/** Real ms after which the spare is made anyway: a loop that spins silently never sends a first message. */
const startWait = 250;

/** The guest worker's script, built by Vite as its own file and fetched once per page (again after a failure). */
const loadGuestSource = once(() =>
  import("../guest/browser-entry?worker&url")
    .then(({ default: url }) => fetch(url))
    .then((response) => {
      if (!response.ok) throw new Error(`Could not load the sandbox (${response.status})`);
      return response.text();
    }),
);

/** A new sandbox; one whose guest failed to load is never kept as the spare, so a retry fetches again. */
function makeSandbox(): Sandbox {
  const sandbox = new Sandbox(loadGuestSource());
  sandbox.whenReady().catch(() => {
    if (spare === sandbox) spare = undefined;
  });
  return sandbox;
}

/** Gets a sandbox ready in the background, so the next Run only posts its code. */
export function warmSandbox(): void {
  if (starting > 0) return; // e.g. hovering the Run button just pressed: the run's own refill follows
  spare ??= makeSandbox();
}

/**
 * A sandbox for one run (the warm one if there is one). The next spare is made once this run
 * has started: making a frame busies the sandbox process and the page, and must not delay the
 * run's first line.
 */
export function takeSandbox(): Sandbox {
  const sandbox = spare ?? makeSandbox();
  spare = undefined;
  starting++;
  const waited = new Promise<void>((resolve) => setTimeout(resolve, startWait));
  void Promise.race([sandbox.whenStarted(), waited]).then(() => {
    starting--;
    setTimeout(warmSandbox, 0);
  });
  return sandbox;
}

let pythonSpare: Sandbox | undefined;

function makePythonSandbox(): Sandbox {
  const sandbox = new Sandbox(loadGuestSource(), PAGE_BUDGET, pythonFilesForSandbox);
  sandbox.whenReady().catch(() => {
    if (pythonSpare === sandbox) pythonSpare = undefined;
  });
  return sandbox;
}

/**
 * A sandbox with Pyodide started in it, for one Python run. Nothing of Pyodide loads before the
 * first one is asked for; from then on a spare one waits (the interpreter takes a second or two to
 * start), made once this run has started, so the next Run Python prints at once.
 */
export function takePythonSandbox(): Sandbox {
  const sandbox = pythonSpare ?? makePythonSandbox();
  pythonSpare = undefined;
  // Two interpreters starting at once would slow the first run's start: the spare waits for this one.
  void sandbox
    .whenReady()
    .then(() => Promise.race([sandbox.whenStarted(), new Promise<void>((resolve) => setTimeout(resolve, startWait))]))
    .then(
      () => setTimeout(() => (pythonSpare ??= makePythonSandbox()), 0),
      () => undefined,
    );
  return sandbox;
}
