/**
 * Share links carry an example's code in the URL fragment, so nothing is sent to any server:
 * "#share=<example id>~<base64url of the UTF-8 code>", after the deck's "#N&" when there is one.
 */
const prefix = "share=";

function toBase64Url(text: string): string {
  let binary = "";
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64Url(encoded: string): string {
  const binary = atob(encoded.replace(/-/g, "+").replace(/_/g, "/"));
  return new TextDecoder().decode(Uint8Array.from(binary, (char) => char.charCodeAt(0)));
}

/** The fragment that opens the page with `code` in example `id`, keeping a deck's slide number. */
export function shareFragment(currentHash: string, id: string, code: string): string {
  const slide = /^#(\d+)/.exec(currentHash)?.[1];
  const share = `${prefix}${encodeURIComponent(id)}~${toBase64Url(code)}`;
  return slide ? `#${slide}&${share}` : `#${share}`;
}

/** The example and code a shared link carries, if the fragment holds one. */
export function readShareFragment(hash: string): { id: string; code: string } | undefined {
  const part = hash.replace(/^#/, "").split("&").find((piece) => piece.startsWith(prefix));
  if (!part) return undefined;
  const [id, encoded] = part.slice(prefix.length).split("~");
  if (!id || encoded === undefined) return undefined;
  try {
    return { id: decodeURIComponent(id), code: fromBase64Url(encoded) };
  } catch {
    return undefined; // a mangled link: ignore it rather than break the page
  }
}
