import type { Deck } from "../core";
import { pageLocale, t } from "../../lib/i18n";
import { fitThumbnails, scaleThumbnails, slideThumbnail } from "../thumbnail";
import type { Controller } from "../types";

/** Arrow keys → how far focus moves in a grid of `columns`. */
function gridStep(key: string, columns: number): number {
  return { ArrowRight: 1, ArrowLeft: -1, ArrowDown: columns, ArrowUp: -columns }[key] ?? 0;
}

/** Slides on one row of the grid, read from the layout. */
function columnsOf(buttons: HTMLElement[]): number {
  const top = buttons[0]?.offsetTop ?? 0;
  return Math.max(1, buttons.filter((button) => button.offsetTop === top).length);
}

/**
 * O or Esc (or the button): a grid of every slide. Arrows move, Enter jumps, Esc or O closes.
 * A modal <dialog>: the page behind is inert and focus comes back where it was on close.
 */
export function overviewController(deck: Deck): Controller {
  const locale = pageLocale(deck.root.ownerDocument);
  const dialog = document.createElement("dialog");
  dialog.className = "deck-overview";
  dialog.setAttribute("aria-label", t(locale, "overview.title"));
  dialog.dataset.keysOwn = "";
  const heading = Object.assign(document.createElement("h2"), { className: "deck-overview-title", textContent: t(locale, "overview.title") });
  const hint = Object.assign(document.createElement("p"), { className: "deck-overview-hint", textContent: t(locale, "overview.hint") });
  const close = Object.assign(document.createElement("button"), { type: "button", className: "deck-overview-close", textContent: t(locale, "overview.close") });
  const grid = document.createElement("ol");
  grid.className = "deck-overview-grid";
  dialog.append(heading, hint, close, grid);
  const openButtons = [...deck.root.querySelectorAll<HTMLButtonElement>("[data-deck-overview]")];
  let buttons: HTMLButtonElement[] = [];
  let stopScaling = () => {};

  const build = () => {
    const { index: current } = deck.state;
    buttons = deck.slides.map((slide, i) => {
      const title = slide.querySelector("h1, h2")?.textContent?.trim() || t(locale, "overview.untitled", { n: i + 1 });
      const button = document.createElement("button");
      button.type = "button";
      button.className = "deck-overview-slide";
      button.setAttribute("aria-label", t(locale, "overview.slideLabel", { n: i + 1, title }));
      if (i === current) button.setAttribute("aria-current", "step");
      const label = Object.assign(document.createElement("span"), { className: "deck-overview-label" });
      label.append(Object.assign(document.createElement("b"), { textContent: String(i + 1) }), ` ${title}`);
      button.append(slideThumbnail(slide, "all"), label);
      button.addEventListener("click", () => {
        deck.go(i, 0);
        hide();
      });
      return button;
    });
    grid.replaceChildren(
      ...buttons.map((button) => {
        const item = document.createElement("li");
        item.append(button);
        return item;
      }),
    );
  };
  const show = () => {
    if (dialog.open) return;
    build();
    dialog.showModal();
    stopScaling = scaleThumbnails(grid, () => grid.querySelector(".thumb"));
    fitThumbnails(grid);
    const current = buttons[deck.state.index];
    current?.focus();
    current?.scrollIntoView({ block: "center" });
    openButtons.forEach((button) => button.setAttribute("aria-expanded", "true"));
  };
  const hide = () => {
    if (!dialog.open) return;
    dialog.close();
  };
  const onClose = () => {
    stopScaling();
    grid.replaceChildren(); // thumbnails are copies of every slide: let them go
    openButtons.forEach((button) => button.setAttribute("aria-expanded", "false"));
  };
  const toggle = () => (dialog.open ? hide() : show());

  // Esc leaves fullscreen by itself (never both at once), and does nothing over a blacked-out screen.
  const escapeOpens = () => !dialog.open && !deck.state.blackout && !document.fullscreenElement;
  const onDialogKey = (event: KeyboardEvent) => {
    if (event.ctrlKey || event.altKey || event.metaKey) return;
    if (event.key === "o" || event.key === "O") {
      event.preventDefault();
      return hide();
    }
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const move = gridStep(event.key, columnsOf(buttons));
    const target = event.key === "Home" ? 0 : event.key === "End" ? buttons.length - 1 : at < 0 ? deck.state.index : at + move;
    if (!move && event.key !== "Home" && event.key !== "End") return;
    event.preventDefault();
    buttons[Math.min(Math.max(0, target), buttons.length - 1)]?.focus();
  };

  return {
    keys: {
      group: "keys.group.find",
      bindings: [
        { keys: ["o", "O"], when: () => !dialog.open, run: show, help: { keys: ["O", "Esc"], action: "keys.overview" } },
        { keys: ["Escape"], when: escapeOpens, run: show },
      ],
    },
    bind: () => {
      deck.root.append(dialog);
      dialog.addEventListener("keydown", onDialogKey);
      dialog.addEventListener("close", onClose);
      close.addEventListener("click", hide);
      openButtons.forEach((button) => button.addEventListener("click", toggle));
    },
    destroy: () => {
      openButtons.forEach((button) => button.removeEventListener("click", toggle));
      dialog.remove();
    },
  };
}
