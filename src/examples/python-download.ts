import { onPythonDownload } from "../sandbox/host/python-files";
/** Anything that gets ready: a Python sandbox, or keeping Python for offline. */
interface Readying {
  whenReady(): Promise<unknown>;
}

const megabytes = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

/**
 * While a Python sandbox gets ready, says so beside the example: the first time, a progress bar
 * and "Downloading Python… 4.2 of 13.4 MB" (spoken every 10%, not every chunk); then "Starting
 * Python…" while the interpreter starts. Returns the sandbox, for chaining.
 */
export function showPythonDownload<T extends Readying>(figure: HTMLElement, sandbox: T): T {
  const bar = figure.querySelector<HTMLProgressElement>("[data-download]");
  const status = figure.querySelector<HTMLElement>("[data-status]");
  let spokenTenth = -1;
  const say = (text: string) => {
    if (status) status.textContent = text;
  };
  say("Getting Python ready…");
  const unsubscribe = onPythonDownload(({ loaded, total }) => {
    if (bar) {
      bar.hidden = false;
      bar.max = total;
      bar.value = loaded;
    }
    const tenth = Math.floor((loaded / total) * 10);
    if (tenth === spokenTenth) return;
    spokenTenth = tenth;
    say(loaded >= total ? "Getting Python ready…" : `Downloading Python (once; the browser keeps it)… ${megabytes(loaded)} of ${megabytes(total)} MB`);
  });
  const done = () => {
    unsubscribe();
    if (bar) bar.hidden = true;
  };
  sandbox.whenReady().then(done, done);
  return sandbox;
}
