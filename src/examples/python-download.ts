import { onPythonDownload } from "../sandbox/host/python-files";
import { formatDecimal, pageLocale, t } from "../lib/i18n";
/** Anything that gets ready: a Python sandbox, or keeping Python for offline. */
interface Readying {
  whenReady(): Promise<unknown>;
}


/**
 * While a Python sandbox gets ready, says so beside the example: the first time, a progress bar
 * and "Downloading Python… 4.2 of 13.4 MB" (spoken every 10%, not every chunk); then "Starting
 * Python…" while the interpreter starts. Returns the sandbox, for chaining.
 */
export function showPythonDownload<T extends Readying>(figure: HTMLElement, sandbox: T): T {
  const bar = figure.querySelector<HTMLProgressElement>("[data-download]");
  const status = figure.querySelector<HTMLElement>("[data-status]");
  let spokenTenth = -1;
  const locale = pageLocale(figure.ownerDocument);
  const megabytes = (bytes: number) => formatDecimal(locale, bytes / 1024 / 1024, 1);
  const say = (text: string) => {
    if (status) status.textContent = text;
  };
  say(t(locale, "python.gettingReady"));
  const unsubscribe = onPythonDownload(({ loaded, total }) => {
    if (bar) {
      bar.hidden = false;
      bar.max = total;
      bar.value = loaded;
    }
    const tenth = Math.floor((loaded / total) * 10);
    if (tenth === spokenTenth) return;
    spokenTenth = tenth;
    say(loaded >= total ? t(locale, "python.gettingReady") : t(locale, "python.downloading", { loaded: megabytes(loaded), total: megabytes(total) }));
  });
  const done = () => {
    unsubscribe();
    if (bar) bar.hidden = true;
  };
  sandbox.whenReady().then(done, done);
  return sandbox;
}
