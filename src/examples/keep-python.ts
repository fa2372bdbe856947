import { isPythonKept, keepPythonOffline } from "../sandbox/host/python-files";
import { showPythonDownload } from "./python-download";
import { showPythonKept as showKept } from "./python-kept";
import { pageLocale, t } from "../lib/i18n";

/** The reader chose to keep Python: download it if needed (with progress beside `figure`), store it, say so. */
export async function keepPython(button: HTMLElement, figure: HTMLElement): Promise<void> {
  if (await isPythonKept()) return showKept();
  const status = figure.querySelector<HTMLElement>("[data-status]");
  button.setAttribute("aria-busy", "true");
  const keeping = keepPythonOffline();
  showPythonDownload(figure, { whenReady: () => keeping });
  try {
    await keeping;
    showKept();
    if (status) status.textContent = t(pageLocale(), "python.keptStatus");
  } catch (error) {
    if (status) status.textContent = t(pageLocale(), "python.couldNotKeep", { message: error instanceof Error ? error.message : String(error) });
  } finally {
    button.removeAttribute("aria-busy");
  }
}
