import type { LogLine } from "../sandbox/protocol/messages";
import { formatCount, pageLocale, t } from "../lib/i18n";

/** Lines kept on screen; older ones are counted, not kept, so a flood cannot grow the page. */
export const maxShownLines = 2000;

/** Lines written into the page per animation frame: under a flood the rest wait, or are pushed out by newer ones, so a frame stays short. */
const linesPerFrame = 200;

/** "12 ms" … "1.50 s": the stamp beside each line, in logical time since Run. */
export function formatStamp(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(2)} s`;
}

/** The output panel of one example: console lines with stamps, a capped history, and a closing status. */
export class OutputView {
  private readonly panel: HTMLElement;
  private readonly notice: HTMLElement;
  private readonly list: HTMLElement;
  private pending: LogLine[] = [];
  /** A booked animation frame: lines arriving before it wait for it, and it scrolls to the end. */
  private frame = 0;
  /** Lines this view removed, and lines the guest dropped before posting: the notice shows their sum. */
  private removed = 0;
  private droppedByGuest = 0;

  constructor(panel: HTMLElement) {
    this.panel = panel;
    this.notice = document.createElement("p");
    this.notice.className = "pg-hidden-lines";
    this.list = document.createElement("ol");
    this.list.className = "pg-lines";
  }

  /** Empties the panel for a new run and shows it. */
  reset(): void {
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.pending = [];
    this.removed = 0;
    this.droppedByGuest = 0;
    this.notice.hidden = true;
    this.list.replaceChildren();
    this.panel.replaceChildren(this.notice, this.list);
    this.panel.hidden = false;
  }

  /** Shows lines at once when none were shown since the last frame; else they wait for the next one, however fast they come. */
  append(lines: LogLine[]): void {
    this.pending.push(...lines);
    if (this.pending.length > maxShownLines) {
      this.removed += this.pending.length - maxShownLines;
      this.pending = this.pending.slice(-maxShownLines);
    }
    if (!this.frame) this.flush();
  }

  /** Lines the guest itself dropped under a flood (its running total). */
  dropped(total: number): void {
    this.droppedByGuest = Math.max(this.droppedByGuest, total);
    this.showNotice();
  }

  /** Writes the next frame's share of queued lines now; `all` writes every one (before the closing status). */
  flush(all = false): void {
    this.bookFrame();
    if (this.pending.length === 0) return;
    const count = all ? this.pending.length : Math.min(this.pending.length, linesPerFrame);
    const fragment = document.createDocumentFragment();
    for (let index = 0; index < count; index++) fragment.append(lineElement(this.pending[index]!));
    this.pending = this.pending.slice(count);
    this.list.append(fragment);
    const excess = this.list.childElementCount - maxShownLines;
    for (let i = 0; i < excess; i++) this.list.firstElementChild?.remove();
    if (excess > 0) this.removed += excess;
    this.showNotice();
  }

  /** A final line: "done in 3.00 s", an error, or why the run was stopped. */
  status(text: string, kind: "done" | "error" | "stopped", detail?: string): HTMLElement {
    this.flush(true);
    const item = document.createElement("li");
    item.className = `pg-line pg-status-line pg-${kind}`;
    item.textContent = text;
    if (detail) {
      const more = document.createElement("span");
      more.className = "pg-detail";
      more.textContent = detail;
      item.append(more);
    }
    this.list.append(item);
    return item;
  }

  /** Plain text of what is shown (for Copy and tests). */
  text(): string {
    return [...this.list.querySelectorAll(".pg-text")].map((node) => node.textContent).join("\n");
  }

  /** Books the next frame: it writes lines that came meanwhile, then scrolls to the end (the one layout read, where the frame lays out anyway). */
  private bookFrame(): void {
    this.frame ||= requestAnimationFrame(() => {
      this.frame = 0;
      if (this.pending.length > 0) this.flush();
      this.panel.scrollTop = this.panel.scrollHeight;
    });
  }

  private showNotice(): void {
    const hidden = this.removed + this.droppedByGuest;
    this.notice.hidden = hidden === 0;
    const locale = pageLocale(this.panel.ownerDocument);
    this.notice.textContent = t(locale, "example.hiddenLines", { count: formatCount(locale, hidden) });
  }
}

function lineElement(line: LogLine): HTMLLIElement {
  const item = document.createElement("li");
  item.className = `pg-line pg-${line.level}`;
  const stamp = document.createElement("span");
  stamp.className = "pg-stamp";
  stamp.textContent = formatStamp(line.time);
  const text = document.createElement("span");
  text.className = "pg-text";
  text.textContent = line.text;
  item.append(stamp);
  if (line.task) {
    const task = document.createElement("span");
    task.className = "pg-task";
    task.textContent = line.task;
    item.append(task);
  }
  item.append(text);
  return item;
}
