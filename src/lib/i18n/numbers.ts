/** Numbers as each edition writes them, through Intl: pt-BR "3,00", English "3.00". */
import type { Locale } from "./locales";

const formats = new Map<string, Intl.NumberFormat>();

/** `value` with exactly `digits` decimals, no thousands grouping (a duration, not a price). */
export function formatDecimal(locale: Locale, value: number, digits: number): string {
  const id = `${locale}:${digits}`;
  let format = formats.get(id);
  if (!format) {
    format = new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits, useGrouping: false });
    formats.set(id, format);
  }
  return format.format(value);
}

const counts = new Map<string, Intl.NumberFormat>();

/** A count with thousands grouped as the edition writes them: "20,000", "20.000". */
export function formatCount(locale: Locale, value: number): string {
  let format = counts.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
    counts.set(locale, format);
  }
  return format.format(value);
}

/** The word for days: "day"/"days", "dia"/"dias". */
export function dayWord(locale: Locale, count: number): string {
  const one = count === 1;
  return locale === "pt-BR" ? (one ? "dia" : "dias") : one ? "day" : "days";
}

/** The decimal separator of an edition: "." or ",". */
export function decimalSeparator(locale: Locale): string {
  return formatDecimal(locale, 0.5, 1).replace(/\d/g, "");
}
