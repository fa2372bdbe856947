/** `text` cut to at most `max` characters; the last one, "…", says it was cut. */
export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
