import { Resvg } from "@resvg/resvg-js";
import { clampLines, wrapText } from "./wrap-text";
import { ogImageSize } from "./og-image-path";

/** What a lesson's card shows. */
export interface OgCard { eyebrow: string; title: string; summary: string; footer: string }

const escapeXml = (text: string) => text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

function textLines(lines: string[], x: number, y: number, lineHeight: number, attributes: string): string {
  return lines.map((line, i) => `<text x="${x}" y="${y + i * lineHeight}" ${attributes}>${escapeXml(line)}</text>`).join("");
}

/** The card as SVG, in the site's dark palette; widths in characters are tuned to the fonts below. */
export function ogCardSvg({ eyebrow, title, summary, footer }: OgCard): string {
  const { width, height } = ogImageSize;
  const titleLines = clampLines(wrapText(title, 26), 2);
  const summaryTop = 250 + titleLines.length * 84;
  const font = `font-family="Liberation Sans, DejaVu Sans, Arial, sans-serif"`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">
<rect width="${width}" height="${height}" fill="#111318"/>
<rect x="0" y="0" width="18" height="${height}" fill="#8ab4ff"/>
<g transform="translate(80 80)"><rect width="44" height="44" rx="8" fill="#1f3a8a"/><path d="M10 14h14M16 22h20M10 30h14" stroke="#fff" stroke-width="4" stroke-linecap="round"/></g>
<text x="144" y="116" ${font} font-size="34" font-weight="700" fill="#eef0f4">Interleave</text>
${textLines([eyebrow.toUpperCase()], 80, 210, 0, `${font} font-size="26" font-weight="700" letter-spacing="3" fill="#8ab4ff"`)}
${textLines(titleLines, 80, 290, 84, `${font} font-size="76" font-weight="700" fill="#ffffff"`)}
${textLines(clampLines(wrapText(summary, 52), 3), 80, summaryTop, 44, `${font} font-size="32" fill="#b3b8c4"`)}
${textLines([footer], 80, height - 60, 0, `${font} font-size="26" fill="#b3b8c4"`)}
</svg>`;
}

/** Renders the card to PNG with resvg (system fonts, no network). */
export function ogCardPng(card: OgCard): Uint8Array<ArrayBuffer> {
  const resvg = new Resvg(ogCardSvg(card), { font: { loadSystemFonts: true, defaultFontFamily: "DejaVu Sans" } });
  return new Uint8Array(resvg.render().asPng());
}
