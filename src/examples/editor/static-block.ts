/** How the static, shiki-highlighted block looks, so the editor can take its place unchanged. */
export interface StaticBlockMetrics {
  /** Layout width and height in CSS px (offset sizes: unaffected by a deck's scale transform). */
  width: number;
  height: number;
  fontFamily: string;
  fontSize: number;
  lineHeight: number;
  paddingTop: number;
  paddingBottom: number;
}

/** The highlighted block inside a host, if the host still shows one. */
export function findStaticBlock(host: HTMLElement): HTMLElement | null {
  return host.querySelector<HTMLElement>("pre.shiki") ?? host.querySelector<HTMLElement>("pre");
}

/** Reads size and typography from the static block (or the host, when there is none). */
export function measureStaticBlock(host: HTMLElement): StaticBlockMetrics {
  const block = findStaticBlock(host) ?? host;
  const style = getComputedStyle(block);
  const fontSize = parseFloat(style.fontSize) || 14;
  const lineHeight = parseFloat(style.lineHeight) || Math.round(fontSize * 1.55);
  return {
    width: block.offsetWidth,
    height: block.offsetHeight,
    fontFamily: style.fontFamily,
    fontSize,
    lineHeight,
    paddingTop: parseFloat(style.paddingTop) || 0,
    paddingBottom: parseFloat(style.paddingBottom) || 0,
  };
}
