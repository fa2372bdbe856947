/**
 * Offers the new version: a banner with a Reload button. Nothing reloads by itself (a speaker
 * mid-talk must not lose the slide); Reload activates the waiting worker, then reloads the
 * same URL, fragment included, so the deck comes back on the same slide.
 */
export function offerReload(registration: ServiceWorkerRegistration): void {
  if (document.querySelector("[data-update-prompt]")) return;
  const banner = document.createElement("div");
  banner.className = "update-prompt";
  banner.dataset.updatePrompt = "";
  banner.setAttribute("role", "status");
  const text = document.createElement("span");
  text.textContent = "A new version is available — ";
  const button = document.createElement("button");
  button.type = "button";
  button.className = "button button-primary";
  button.textContent = "Reload";
  button.addEventListener("click", () => {
    const waiting = registration.waiting;
    if (!waiting) return location.reload();
    navigator.serviceWorker.addEventListener("controllerchange", () => location.reload(), { once: true });
    waiting.postMessage({ type: "SKIP_WAITING" });
  });
  banner.append(text, button);
  document.body.append(banner);
}
