import { cssString } from './css-escape.js';

const LOGO_BOX = { width: 120, height: 40 };

/**
 * @page margin boxes show an image at its intrinsic size, so the tenant's logo is wrapped in an
 * SVG with a fixed box that scales it to fit. The logo is a validated base64 data: URL, which
 * has no characters that need XML escaping.
 */
export function headerLogoCss(logoDataUrl: string): string {
  const { width, height } = LOGO_BOX;
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
    `<image href="${logoDataUrl}" width="${width}" height="${height}" preserveAspectRatio="xMaxYMid meet"/></svg>`;
  return `url(${cssString(`data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`)})`;
}
