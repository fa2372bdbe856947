import { whenIdle } from "../../lib/idle";
import { serviceWorkerFile } from "../../lib/site-files";
import { showOfflineState } from "./status";
import { offerReload } from "./update-prompt";

/** A speaker may keep one page open for hours: look for a new deploy this often too. */
const updateEvery = 60 * 60 * 1000;

/** Runs `task` once the page has loaded and the main thread is idle. */
function afterLoad(task: () => void): void {
  const idle = () => whenIdle(task, 3000);
  if (document.readyState === "complete") idle();
  else addEventListener("load", idle, { once: true });
}

/**
 * Whether this edition's own worker controls the page. Another edition's worker, scoped to the whole
 * site, may control it before this one is installed: that is neither "ready offline" nor an update.
 */
function ownWorkerControls(scriptUrl: string): boolean {
  return navigator.serviceWorker.controller?.scriptURL === scriptUrl;
}

/** Follows the registration: ready once a worker is active, and a prompt when an update is waiting. */
function watch(registration: ServiceWorkerRegistration, scriptUrl: string): void {
  // An installed worker while our own controls the page is a new deploy, not the first install.
  const isUpdate = () => ownWorkerControls(scriptUrl);
  const follow = (worker: ServiceWorker | null) => {
    if (!worker) return;
    if (!registration.active) showOfflineState("saving");
    worker.addEventListener("statechange", () => {
      if (worker.state === "installed" && isUpdate()) offerReload(registration);
      if (worker.state === "activated") showOfflineState("ready");
      if (worker.state === "redundant" && !registration.active) showOfflineState("unavailable");
    });
  };
  if (registration.waiting && isUpdate()) offerReload(registration);
  follow(registration.installing);
  registration.addEventListener("updatefound", () => follow(registration.installing));
  // Our own registration's worker, not whichever controls the page (another edition's may).
  if (registration.active) showOfflineState("ready");
  setInterval(() => void registration.update().catch(() => {}), updateEvery);
}

/**
 * Registers the service worker that precaches the whole course, after the page has loaded
 * (its downloads must never compete with the first paint), and keeps the offline indicators current.
 */
export function registerServiceWorker(base: string): void {
  if (!("serviceWorker" in navigator)) return;
  const scriptUrl = new URL(`${base}${serviceWorkerFile}`, location.href).href;
  if (ownWorkerControls(scriptUrl)) showOfflineState("ready");
  afterLoad(() => {
    navigator.serviceWorker
      .register(scriptUrl, { scope: base })
      // Undefined where a harness stubs registration out (Playwright's serviceWorkers: "block").
      .then((registration) => (registration ? watch(registration, scriptUrl) : undefined), () => showOfflineState("unavailable"));
  });
}
