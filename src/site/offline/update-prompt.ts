/**
 * Offers the new version: a banner with a Reload button. Nothing reloads by itself (a speaker
 * mid-talk must not lose the slide); Reload activates the waiting worker, then reloads the
 * same URL, fragment included, so the deck comes back on the same slide.
 */
import { pageLocale, t } from "../../lib/i18n";

export function offerReload(registration: ServiceWorkerRegistration): void {
  if (document.querySelector("[data-update-prompt]")) return;
  const locale = pageLocale();
  const banner = document.createElement("div");
  banner.className = "update-prompt";
  banner.dataset.updatePrompt = "";
  banner.setAttribute("role", "status");
  const text = document.createElement("span");
  text.textContent = t(locale, "update.available");
  const button = document.createElement("button");
  button.type = "button";
  button.className = "button button-primary";
  button.textContent = t(locale, "update.reload");
  button.addEventListener("click", () => {
    const waiting = registration.waiting;
    if (!waiting) return location.reload();
    navigator.serviceWorker.addEventListener("controllerchange", () => location.reload(), { once: true });
    waiting.postMessage({ type: "SKIP_WAITING" });
  });
  banner.append(text, button);
  document.body.append(banner);
}
