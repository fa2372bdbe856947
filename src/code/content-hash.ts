/** The first `length` hex digits of the SHA-256 of `text`: a stable name for content-addressed assets. */
export async function shortHash(text: string, length = 12): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  const hex = Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, "0")).join("");
  return hex.slice(0, length);
}
