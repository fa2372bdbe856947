/** The UI's words in the page's language: `t("pt-BR", "run.doneIn", { time })`. */
import { en, type MessageKey } from "./en";
import { ptBR } from "./pt-br";
import type { Locale } from "./locales";

export type { MessageKey } from "./en";

export const catalogues: Record<Locale, Record<MessageKey, string>> = { en, "pt-BR": ptBR };

/** The string of `key` in `locale`, each `{name}` replaced by `params.name` (a missing one stays visible). */
export function t(locale: Locale, key: MessageKey, params: Record<string, string | number> = {}): string {
  return catalogues[locale][key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** Whether `text` names a catalogue entry (a help row may carry a key, or words a page added itself). */
export function isMessageKey(text: string): text is MessageKey {
  return Object.hasOwn(catalogues.en, text);
}

/** A key's string in `locale`, or `text` itself when it is not a key. */
export function translateOr(locale: Locale, text: string): string {
  return isMessageKey(text) ? t(locale, text) : text;
}
