import type { Deck } from "../core";
import { formatElapsed, pacing } from "../pacing";
import { storedJson } from "../../lib/storage";
import { pageLocale, t } from "../../lib/i18n";
import { elapsedOf, freshTimer, isFresh, isRunning, startTimer, timerFrom, toggleTimer, type TimerState } from "../timer";
import type { Controller, DeckState } from "../types";

/**
 * The presenter's clocks: elapsed time (pause / reset), the wall clock, and pacing against the
 * lesson's `duration`. The timer starts on the first slide change and survives a reload.
 */
export function timerController(deck: Deck): Controller {
  const $ = <T extends HTMLElement>(selector: string) => deck.root.querySelector<T>(selector);
  const elapsedView = $("[data-timer-elapsed]");
  const toggleButton = $<HTMLButtonElement>("[data-timer-toggle]");
  const resetButton = $<HTMLButtonElement>("[data-timer-reset]");
  const clock = $("[data-clock]");
  const pacingView = $("[data-pacing]");
  const pacingBar = $("[data-pacing-bar]");
  const duration = Number(deck.root.dataset.duration ?? 0) || 30;
  const storageKey = `interleave:timer:${deck.root.dataset.lesson ?? ""}`;
  const stored = storedJson(storageKey, timerFrom);
  const locale = pageLocale(deck.root.ownerDocument);
  const clockFormat = new Intl.DateTimeFormat(locale, { hour: "2-digit", minute: "2-digit" });

  const load = () => stored.read() ?? freshTimer;
  let timer: TimerState = load();
  let ticking = 0;
  const save = (next: TimerState) => {
    timer = next;
    stored.write(timer); // storage off: the timer lasts until the page closes
    render();
  };

  const render = (state: DeckState = deck.state) => {
    const now = Date.now();
    const elapsed = elapsedOf(timer, now);
    if (elapsedView) elapsedView.textContent = formatElapsed(elapsed);
    if (clock) clock.textContent = clockFormat.format(now);
    if (toggleButton) toggleButton.textContent = t(locale, isRunning(timer) ? "timer.pause" : isFresh(timer) ? "timer.start" : "timer.resume");
    deck.root.toggleAttribute("data-timer-running", isRunning(timer));
    const pace = pacing({ elapsedMs: elapsed, durationMinutes: duration, index: state.index, total: state.total });
    if (pacingView) {
      const label = pace.status === "on-time" ? t(locale, "timer.onTime") : t(locale, pace.status === "behind" ? "timer.behind" : "timer.ahead", { minutes: pace.minutes });
      pacingView.textContent = isFresh(timer) ? t(locale, "timer.waiting") : pace.overtime ? t(locale, "timer.overTime", { pace: label }) : label;
      pacingView.dataset.status = isFresh(timer) ? "idle" : pace.status;
    }
    pacingBar?.style.setProperty("--actual", String(state.total > 1 ? state.index / (state.total - 1) : 1));
    pacingBar?.style.setProperty("--expected", String(Math.min(1, elapsed / (duration * 60_000))));
  };
  const onToggle = () => save(toggleTimer(timer, Date.now()));
  const onReset = () => save(freshTimer);
  const onStorage = (event: StorageEvent) => {
    if (event.key !== storageKey) return;
    timer = load(); // a second presenter window (or a reload elsewhere) changed it
    render();
  };

  return {
    bind: () => {
      toggleButton?.addEventListener("click", onToggle);
      resetButton?.addEventListener("click", onReset);
      addEventListener("storage", onStorage);
      // Four times a second keeps the seconds honest without drifting against the wall clock.
      ticking = window.setInterval(() => render(), 250);
    },
    update: (state) => {
      // The talk starts with the first move away from where the window opened (not a blackout).
      const { previous } = state;
      const moved = previous.index >= 0 && (previous.index !== state.index || previous.step !== state.step);
      if (moved && isFresh(timer)) save(startTimer(timer, Date.now()));
      render(state);
    },
    destroy: () => {
      window.clearInterval(ticking);
      toggleButton?.removeEventListener("click", onToggle);
      resetButton?.removeEventListener("click", onReset);
      removeEventListener("storage", onStorage);
    },
  };
}
