const BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const DIGIT_OF = new Map([...BASE64].map((char, digit) => [char, digit]));
const CONTINUATION = 0b100000;
const DIGIT_BITS = 0b11111;

/** Decodes one mappings segment ("AAgBC") into its signed numbers (base64 VLQ, source map v3). */
export function decodeVlq(segment: string): number[] {
  const values: number[] = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = DIGIT_OF.get(char);
    if (digit === undefined) throw new Error(`invalid base64 VLQ character "${char}"`);
    value += (digit & DIGIT_BITS) * 2 ** shift;
    if (digit & CONTINUATION) {
      shift += 5;
      continue;
    }
    // The lowest bit is the sign; the rest is the magnitude.
    const magnitude = Math.floor(value / 2);
    values.push(value % 2 === 1 ? -magnitude : magnitude);
    value = 0;
    shift = 0;
  }
  if (shift !== 0) throw new Error("truncated base64 VLQ segment");
  return values;
}
