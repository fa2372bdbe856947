/** Durations as people read them, from logical milliseconds (runs may span days under scaling). */
import type { TimelineUnits } from "./types.ts";
import { dayWord, decimalSeparator, formatDecimal, type Locale } from "../lib/i18n/index.ts";

const SECOND = 1_000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Precise duration for sentences and run ends: "0.00 s", "3.00 s", "1 min 5 s", "6 h 40 min", "5.7 days". */
export function formatDuration(ms: number, locale: Locale = "en"): string {
  if (!Number.isFinite(ms)) return "—";
  if (ms < 0) return `−${formatDuration(-ms, locale)}`;
  const seconds = (ms / SECOND).toFixed(2);
  // Compare the rounded text so 59.996 s becomes "1 min", never "60.00 s"; pt-BR writes "3,00 s".
  if (Number(seconds) < 60) return `${formatDecimal(locale, Number(seconds), 2)} s`;
  const totalSeconds = Math.round(ms / SECOND);
  if (totalSeconds < 3_600) return joinUnits([Math.floor(totalSeconds / 60), "min"], [totalSeconds % 60, "s"]);
  const totalMinutes = Math.round(ms / MINUTE);
  if (totalMinutes < 24 * 60) return joinUnits([Math.floor(totalMinutes / 60), "h"], [totalMinutes % 60, "min"]);
  return days(Number((ms / DAY).toFixed(1)), locale);
}

/** Compact label for an axis tick (a multiple of a nice step): "0 s", "2.5 s" (pt-BR "2,5 s"), "1 min 30 s", "6 h 40 min", "2 days". */
export function formatAxisLabel(ms: number, locale: Locale = "en"): string {
  if (ms === 0) return "0 s";
  if (ms < MINUTE) return `${trimZeros((ms / SECOND).toFixed(3)).replace(".", decimalSeparator(locale))} s`;
  const whole = Math.round(ms / SECOND);
  const parts: [number, string][] = [
    [Math.floor(whole / 86_400), "day"],
    [Math.floor(whole / 3_600) % 24, "h"],
    [Math.floor(whole / 60) % 60, "min"],
    [whole % 60, "s"],
  ];
  // Two units are enough: a tick is a multiple of its step.
  const shown = parts.filter(([value]) => value > 0).slice(0, 2);
  return shown.map(([value, unit]) => (unit === "day" ? days(value, locale) : `${value} ${unit}`)).join(" ");
}

function joinUnits(...parts: [number, string][]): string {
  return parts
    .filter(([value], index) => index === 0 || value > 0)
    .map(([value, unit]) => `${value} ${unit}`)
    .join(" ");
}

function days(count: number, locale: Locale = "en"): string {
  const text = trimZeros(count.toFixed(1));
  return `${locale === "en" ? text : text.replace(".", decimalSeparator(locale))} ${dayWord(locale, count)}`;
}

function trimZeros(fixed: string): string {
  return fixed.includes(".") ? fixed.replace(/\.?0+$/, "") : fixed;
}

/** Logical milliseconds, as every run but a trace counts. */
export const MILLISECONDS: TimelineUnits = { point: formatDuration, span: formatDuration };

/** Logical milliseconds written as `locale` writes numbers. */
export function millisecondsIn(locale: Locale): TimelineUnits {
  if (locale === "en") return MILLISECONDS;
  const write = (ms: number) => formatDuration(ms, locale);
  return { point: write, span: write };
}
